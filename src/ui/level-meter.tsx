import { useKnowledge } from './knowledge';
import { useLocalize } from './i18n';

/** A 0–4 level as five pips plus its scale label, e.g. "●●●○○ Good". */
export function LevelMeter({ level }: { level: number }) {
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const label = kb.scale.find((s) => s.level === level)?.label;
  return (
    <span className={`level level-${level}`}>
      <span aria-hidden="true" className="level-pips">
        {'●'.repeat(level)}
        {'○'.repeat(4 - level)}
      </span>{' '}
      <span>
        {level}/4{label ? ` ${localize(label)}` : ''}
      </span>
    </span>
  );
}
