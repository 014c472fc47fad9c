import { useMemo } from 'react';
import { whatIf } from '@/domain/stack';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, useLocalize, useMessages, useOptionName } from '@/ui';
import { stackMessages } from './messages';

const SHOWN = 8;

/** What answering a fact differently (or upgrading the kernel) would change, layer by layer. */
export function WhatIfList() {
  const t = useMessages(stackMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  const entries = useMemo(
    () =>
      whatIf(
        kb,
        profile,
        method,
        kb.categories.map((c) => c.id),
      ).filter((w) => w.newlyFeasible.length > 0 || w.scoreDelta > 0),
    [kb, profile, method],
  );
  const fact = (change: Record<string, boolean | string>): string =>
    Object.entries(change)
      .map(([key, value]) => {
        const q = kb.environment.questions.find((x) => `environment.${x.key}` === key);
        const label = q ? localize(q.label) : key;
        return typeof value === 'boolean' ? label : `${label} ${value}`;
      })
      .join(', ');
  const optionName = useOptionName();
  const name = (id: string | null) => (id ? optionName(id) : '—');
  const category = (id: string) => {
    const c = kb.categories.find((x) => x.id === id);
    return c ? localize(c.name) : id;
  };
  return (
    <section aria-labelledby="stack-what-if">
      <h2 id="stack-what-if">{t.whatIfHeading}</h2>
      {entries.length === 0 ? <p className="muted">{t.whatIfNone}</p> : null}
      <ul className="stack-what-if">
        {entries.slice(0, SHOWN).map((w, i) => (
          <li key={i}>
            {format(t.whatIfEntry, {
              fact: fact(w.change),
              category: category(w.category),
              winner: name(w.winner),
              delta: `${w.scoreDelta >= 0 ? '+' : '−'}${Math.abs(w.scoreDelta).toFixed(2)}`,
            })}
            {w.newlyFeasible.length > 0
              ? ` ${format(t.whatIfOpens, { options: w.newlyFeasible.map(name).join(', ') })}`
              : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
