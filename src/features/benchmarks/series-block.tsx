import type { BenchmarkSeries } from '@/domain/schemas';
import { format, useLocalize, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';
import { RankList } from './rank-list';
import { isRankOnly } from './to-chart-data';
import { ValueSeries } from './value-series';

interface SeriesBlockProps {
  series: BenchmarkSeries;
  highlightOption?: string;
}

/** One series of one source: heading (metric + unit), its note, then a chart or a ranked list. */
export function SeriesBlock({ series, highlightOption }: SeriesBlockProps) {
  const t = useMessages(benchmarkMessages);
  const localize = useLocalize();
  const ranked = isRankOnly(series);
  return (
    <div className="benchmarks-series">
      <h3>
        {localize(series.metric)}{' '}
        <span className="benchmarks-unit">{format(t.unitInParens, { unit: series.unit })}</span>
      </h3>
      {(!ranked || series.note) && (
        <p className="muted benchmarks-small">
          {!ranked && (series.higherIsBetter ? t.higherBetter : t.lowerBetter)}{' '}
          {series.note && format(t.seriesNote, { note: localize(series.note) })}
        </p>
      )}
      {ranked ? (
        <RankList series={series} />
      ) : (
        <ValueSeries series={series} highlightOption={highlightOption} />
      )}
    </div>
  );
}
