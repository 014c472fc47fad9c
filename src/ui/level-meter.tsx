import { useKnowledge } from '@/knowledge-context';
import { useLocalize } from './i18n';

/** A 0–4 level as five pips plus its scale label, e.g. "●●●○○ Good"; measured values keep two decimals. */
export function LevelMeter({ level }: { level: number }) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const step = Math.min(4, Math.max(0, Math.round(level)));
  const label = kb.scale.find((s) => s.level === step)?.label;
  const shown = Number.isInteger(level) ? String(level) : level.toFixed(2);
  return (
    <span className={`level level-${step}`}>
      <span aria-hidden="true" className="level-pips">
        {'●'.repeat(step)}
        {'○'.repeat(4 - step)}
      </span>{' '}
      <span>
        {shown}/4{label ? ` ${localize(label)}` : ''}
      </span>
    </span>
  );
}
