import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Knowledge } from '@/domain/knowledge';
import type { applyOverlay } from '@/domain/overlay/apply-overlay';
import type { Language } from '@/domain/schemas/i18n';
import { OVERLAY_NEEDS, type OverlayState } from '@/knowledge-context';
import { useAppStore } from '@/store';
import type { KnowledgeParts } from './knowledge-parts';

type OverlayModule = { applyOverlay: typeof applyOverlay };

/** The overlay code, fetched the first time an overlay is held: most visits never need it. */
function useOverlayModule(wanted: boolean): OverlayModule | undefined {
  const [module, setModule] = useState<OverlayModule>();
  useEffect(() => {
    if (wanted && !module) void import('@/domain/overlay/apply-overlay').then(setModule);
  }, [wanted, module]);
  return module;
}

/**
 * The team overlay over the loaded knowledge: when one is held, the parts it is checked against
 * are loaded, and when it is on, it is merged (checked as the base was trusted at build time). A
 * refused overlay leaves the base as it is. Undefined until the base is there.
 */
export function useOverlayState(
  parts: KnowledgeParts,
  base: Knowledge | undefined,
  shown: Language,
  language: Language,
): { state: OverlayState; applied: Knowledge | undefined; pending: boolean } | undefined {
  const overlay = useAppStore((s) => s.overlay);
  const on = overlay?.enabled === true;
  // Also while it is off: stored ids naming its options are checked against it (notice-banner.tsx),
  // and the overlay view checks files before it takes them.
  const held = overlay !== undefined;
  const [asked, setAsked] = useState(false);
  const wanted = held || asked;
  useEffect(() => {
    if (wanted) parts.request(OVERLAY_NEEDS, language);
  }, [wanted, parts, language]);
  const module = useOverlayModule(wanted);
  const ready = parts.has(OVERLAY_NEEDS, language);
  const files = base && ready ? parts.files(shown) : undefined;
  // The held overlay is checked once, on or off: switched off, its name and hash still show, and
  // stored ids naming its options are still judged against it.
  const text = overlay?.text;
  const fileName = overlay?.fileName;
  const checked = useMemo(
    () =>
      text !== undefined && fileName !== undefined && files && module
        ? module.applyOverlay(files, text, fileName, 'trusted')
        : undefined,
    [text, fileName, files, module],
  );
  const result = on ? checked : undefined;
  const check = useCallback(
    (text: string, label: string) =>
      files && module ? module.applyOverlay(files, text, label, 'trusted') : undefined,
    [files, module],
  );
  const prepare = useCallback(() => setAsked(true), []);
  return useMemo(() => {
    if (!base) return undefined;
    const status: OverlayState['status'] = !overlay
      ? 'none'
      : !on
        ? 'off'
        : !result
          ? 'loading'
          : result.ok
            ? 'applied'
            : 'refused';
    const problems = result && !result.ok ? result.problems : [];
    return {
      state: {
        base,
        status,
        problems,
        held: checked,
        check,
        prepare,
        ready: files !== undefined && module !== undefined,
      },
      applied: result?.ok ? result.knowledge : undefined,
      // Until then, what stored ids name cannot be judged.
      pending: overlay !== undefined && (!files || !module),
    };
  }, [base, overlay, on, result, checked, check, prepare, files, module]);
}
