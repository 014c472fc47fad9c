import type { BenchmarkSeries } from '@/domain/schemas';
import { format, useLocalize, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';
import { ResultLabel } from './result-label';
import { toRankItems } from './to-chart-data';

/** An ordinal series: the source's order as a numbered list (ties share a number), no invented bars. */
export function RankList({ series }: { series: BenchmarkSeries }) {
  const t = useMessages(benchmarkMessages);
  const localize = useLocalize();
  return (
    <>
      <p className="muted benchmarks-small">{t.rankIntro}</p>
      <ol
        className="benchmarks-ranks"
        aria-label={format(t.rankListLabel, { metric: localize(series.metric) })}
      >
        {toRankItems(series).map((item) => (
          <li key={item.key} value={item.rank}>
            <ResultLabel label={item.label} option={item.option} />
            {item.rank === undefined && <span className="muted"> ({t.unranked})</span>}
            {item.note && <span className="muted benchmarks-small"> — {localize(item.note)}</span>}
          </li>
        ))}
      </ol>
    </>
  );
}
