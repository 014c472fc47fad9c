import type { ReactNode } from 'react';
import type { Benchmark } from '@/domain/schemas';
import { format, SourceCitation, useLocalize, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';
import { useFormat } from './use-format';

/** Where and how a source measured: shown beside its charts so figures never travel without them. */
export function ConditionsPanel({ benchmark }: { benchmark: Benchmark }) {
  const t = useMessages(benchmarkMessages);
  const localize = useLocalize();
  const formats = useFormat();
  const c = benchmark.conditions;
  const stated = (value: string | undefined) => value ?? <span className="muted">{t.notStated}</span>;
  const entries: [string, ReactNode][] = [
    [t.platform, localize(c.platform)],
    [t.nic, stated(c.nicGbps === undefined ? undefined : format(t.gbps, { n: formats.value(c.nicGbps) }))],
    [t.mtu, stated(c.mtu === undefined ? undefined : String(c.mtu))],
    [t.udpOffload, stated(c.udpOffload === undefined ? undefined : c.udpOffload ? t.yes : t.no)],
    [t.versions, stated(c.versions)],
    [t.runs, stated(c.runs === undefined ? undefined : formats.value(c.runs))],
    [t.date, benchmark.date],
  ];
  if (c.notes) entries.push([t.notes, localize(c.notes)]);
  return (
    <div className="panel benchmarks-conditions">
      <h3>{t.conditions}</h3>
      <dl>
        {entries.map(([term, value]) => (
          <div key={term} className="benchmarks-condition">
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
