import { useMemo } from 'react';
import type { CategoryId, Solution } from '@/domain/schemas';
import { categoryCells, cellOf, describeAssumption } from '@/domain/scoring';
import { useAppStore } from '@/store';
import { format, Link, routes, useKnowledge, useLanguage, useLocalize, useMessages, useRanking } from '@/ui';
import { buildMatrix } from './build-matrix';
import { MatrixRow } from './matrix-row';
import { messages } from './messages';
import { ScoreRow } from './score-row';

interface Props {
  category: CategoryId;
  options: readonly Solution[];
}

export function CompareMatrix({ category, options }: Props) {
  const t = useMessages(messages);
  const localize = useLocalize();
  const lang = useLanguage();
  const { kb } = useKnowledge();
  const weights = useAppStore((s) => s.weights);
  const environment = useAppStore((s) => s.environment);
  const ranking = useRanking(category);
  const rows = useMemo(() => {
    const criteria = kb.criteriaByCategory.get(category) ?? [];
    const cells = categoryCells(kb, category, criteria, environment);
    return buildMatrix(options, criteria, weights, environment, (option, criterion) =>
      cellOf(cells, criterion, option),
    );
  }, [options, kb, category, weights, environment]);
  const categoryEntry = kb.categories.find((c) => c.id === category);

  return (
    <>
      <ul className="compare-legend">
        <li>
          <span className="compare-best-mark" aria-hidden="true">
            ★
          </span>{' '}
          {t.legendBest}
        </li>
        <li>
          <span className="compare-swatch" aria-hidden="true" /> {t.legendDiffers}
        </li>
        <li>{t.legendOrder}</li>
      </ul>
      <div className="table-scroll">
        <table className="compare-matrix">
          <caption className="sr-only">
            {format(t.matrixCaption, { category: categoryEntry ? localize(categoryEntry.name) : category })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.criterion}</th>
              <th scope="col">{t.weight}</th>
              {options.map((o) => (
                <th scope="col" key={o.id}>
                  <Link to={routes.option(o.id)}>{o.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <ScoreRow options={options} ranking={ranking} />
            {rows.map((row) => (
              <MatrixRow key={row.criterion.id} row={row} />
            ))}
          </tbody>
        </table>
      </div>
      {ranking.assumptions.length > 0 && (
        <details className="compare-assumptions">
          <summary>{t.assumptions}</summary>
          <ul>
            {ranking.assumptions.map((a, i) => (
              <li key={i}>{describeAssumption(a, lang)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
