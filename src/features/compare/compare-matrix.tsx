import { useMemo, useState } from 'react';
import type { CategoryId, Solution } from '@/domain/schemas';
import { categoryCells, cellOf } from '@/domain/scoring';
import { describeAssumption } from '@/words';
import { useAppStore } from '@/store';
import { useKnowledge, useRanking } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import {
  format,
  OverlayMark,
  useLanguage,
  useLocalize,
  useMessages,
  useOptionName,
  useNarrowScreen,
} from '@/ui';
import { buildMatrix } from './build-matrix';
import { MatrixRow } from './matrix-row';
import { messages } from './messages';
import { optionFacts } from '@/domain/overlay/cell-facts';
import { ScoreRow } from './score-row';

interface Props {
  category: CategoryId;
  options: readonly Solution[];
}

/**
 * Criteria × options. The header row and the criterion column stay in view while the matrix scrolls
 * in its own box. Compact mode shows levels only, each cell's notes and source one tap away, and
 * moves the weight under the criterion; it is the default on a phone, where full cells make the
 * table several screens wide and tall.
 */
export function CompareMatrix({ category, options }: Props) {
  const t = useMessages(messages);
  const narrow = useNarrowScreen();
  const [chosen, setChosen] = useState<boolean>();
  const compact = chosen ?? narrow;
  const optionName = useOptionName();
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
      <p className="compare-mode no-print">
        <label>
          <input type="checkbox" checked={compact} onChange={(e) => setChosen(e.target.checked)} />{' '}
          {t.compactMode}
        </label>
      </p>
      <div className="table-scroll compare-matrix-scroll">
        <table className={compact ? 'compare-matrix compare-compact' : 'compare-matrix'}>
          <caption className="sr-only">
            {format(t.matrixCaption, { category: categoryEntry ? localize(categoryEntry.name) : category })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.criterion}</th>
              {compact ? null : <th scope="col">{t.weight}</th>}
              {options.map((o) => (
                <th scope="col" key={o.id}>
                  <Link to={routes.option(o.id)}>{optionName(o)}</Link>
                  <OverlayMark facts={optionFacts(kb, o.id)} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <ScoreRow options={options} ranking={ranking} compact={compact} />
            {rows.map((row) => (
              <MatrixRow key={row.criterion.id} row={row} options={options} compact={compact} />
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
