import type { ReactNode } from 'react';
import type { Benchmark } from '@/domain/schemas';
import { format, SourceCitation, useLocalize, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';
import { useFormat } from './use-format';

interface Condition {
  term: string;
  value: ReactNode;
  /** Short facts sit on one line ("MTU 9000") so the panel stays compact beside the charts. */
  inline: boolean;
}

/** Where and how a source measured: shown beside its charts so figures never travel without them. */
export function ConditionsPanel({ benchmark }: { benchmark: Benchmark }) {
  const t = useMessages(benchmarkMessages);
  const localize = useLocalize();
  const formats = useFormat();
  const c = benchmark.conditions;
  const stated = (value: string | undefined) => value ?? <span className="muted">{t.notStated}</span>;
  const yesNo = c.udpOffload === undefined ? undefined : c.udpOffload ? t.yes : t.no;
  const conditions: Condition[] = [
    { term: t.platform, value: localize(c.platform), inline: false },
    {
      term: t.nic,
      value: stated(c.nicGbps === undefined ? undefined : format(t.gbps, { n: formats.value(c.nicGbps) })),
      inline: true,
    },
    { term: t.mtu, value: stated(c.mtu === undefined ? undefined : String(c.mtu)), inline: true },
    { term: t.udpOffload, value: stated(yesNo), inline: true },
    { term: t.runs, value: stated(c.runs === undefined ? undefined : formats.value(c.runs)), inline: true },
    { term: t.date, value: benchmark.date, inline: true },
    { term: t.versions, value: stated(c.versions), inline: c.versions === undefined },
  ];
  if (c.notes) conditions.push({ term: t.notes, value: localize(c.notes), inline: false });
  return (
    <div className="panel benchmarks-conditions">
      <h3>{t.conditions}</h3>
      <dl>
        {conditions.map(({ term, value, inline }) => (
          <div
            key={term}
            className={inline ? 'benchmarks-condition benchmarks-inline' : 'benchmarks-condition'}
          >
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="benchmarks-small">
        {t.source}: <SourceCitation source={benchmark.source} />
      </p>
    </div>
  );
}
