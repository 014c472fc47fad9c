import { useEffect, useState } from 'react';
import { useAppStore } from '@/store';

const query = '(prefers-color-scheme: dark)';
const systemDark = (): boolean => typeof window.matchMedia === 'function' && window.matchMedia(query).matches;

/** Whether the page shows the dark palette: the chosen theme, or the system's when "system". */
export function useDarkTheme(): boolean {
  const theme = useAppStore((s) => s.theme);
  const [system, setSystem] = useState(systemDark);
  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const list = window.matchMedia(query);
    const update = () => setSystem(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return theme === 'dark' || (theme === 'system' && system);
}
