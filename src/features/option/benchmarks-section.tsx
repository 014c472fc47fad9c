import { overlaidFact } from '@/domain/overlay/applied';
import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { format, OverlayMark, useLocalize, useMessages } from '@/ui';
import { optionMessages } from './messages';
import { benchmarkResultsFor } from './option-facts';

export function BenchmarksSection({ id }: { id: string }) {
  const t = useMessages(optionMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const rows = benchmarkResultsFor(kb.benchmarks, id);
  const teamFacts = (benchmark: string) => {
    const fact = overlaidFact(kb.overlay, 'benchmark', benchmark);
    return fact ? [fact] : [];
  };
  return (
    <section aria-labelledby="option-bench">
      <h2 id="option-bench">{t.benchHeading}</h2>
      {rows.length === 0 ? (
        <p>{t.noBench}</p>
      ) : (
        <div className="table-scroll">
          <table className="option-bench">
            <caption className="sr-only">{t.benchCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.benchCol}</th>
                <th scope="col">{t.metricCol}</th>
                <th scope="col">{t.resultCol}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ benchmark, series, result }) => (
                <tr key={`${benchmark.id}/${series.id}/${result.label}`}>
                  <th scope="row">
                    <Link to={routes.benchmarks()}>{localize(benchmark.title)}</Link>
                    <OverlayMark facts={teamFacts(benchmark.id)} />
                  </th>
                  <td>
                    {localize(series.metric)}
                    <span className="muted option-result-label">{result.label}</span>
                  </td>
                  <td className="option-result">
                    {result.value !== undefined
                      ? `${result.value} ${series.unit}`
                      : format(t.rankResult, { rank: result.rank ?? '', unit: series.unit })}
                    {result.note && (
                      <span className="muted option-result-label">{localize(result.note)}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link to={routes.benchmarks()}>{t.allBenchmarks}</Link>
      </p>
    </section>
  );
}
