import { useKnowledge } from '@/knowledge-context';
import { Link, routes } from '@/routing';
import { useLocalize, useMessages } from '@/ui';
import { CompareMatrix } from './compare-matrix';
import { messages } from './messages';
import { MixedNotice } from './mixed-notice';
import { OptionPicker } from './option-picker';
import { RadarSection } from './radar-section';
import { RequirementCheck } from './requirement-check';
import { useComparedSelection } from './use-compared-selection';
import './compare.css';

export default function CompareView() {
  const t = useMessages(messages);
  const { complete } = useKnowledge();
  return (
    <div className="compare">
      <h1>{t.title}</h1>
      {complete ? <CompareContent /> : <p aria-busy="true">{t.loading}</p>}
    </div>
  );
}

function CompareContent() {
  const t = useMessages(messages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const { category, chosen, options, leftOut, unknownIds } = useComparedSelection();
  const categoryEntry = kb.categories.find((c) => c.id === category);
  const categoryName = categoryEntry ? localize(categoryEntry.name) : '';
  return (
    <>
      <p>{t.intro}</p>
      <section className="panel" aria-labelledby="compare-picker-heading">
        <h2 id="compare-picker-heading">{t.pickerHeading}</h2>
        <OptionPicker category={category} chosen={chosen} />
      </section>
      {(leftOut.length > 0 || unknownIds.length > 0) && (
        <MixedNotice
          categoryName={categoryName}
          options={options}
          leftOut={leftOut}
          unknownIds={unknownIds}
        />
      )}
      {category === undefined || options.length < 2 ? (
        <p className="compare-hint">
          {t.fewer} <Link to={routes.results(category)}>{t.resultsLink}</Link>
        </p>
      ) : (
        <>
          <section aria-labelledby="compare-matrix-heading">
            <h2 id="compare-matrix-heading">{t.matrixHeading}</h2>
            <CompareMatrix category={category} options={options} />
          </section>
          <section aria-labelledby="compare-radar-heading">
            <h2 id="compare-radar-heading">{t.radarHeading}</h2>
            <RadarSection category={category} options={options} />
          </section>
          <section aria-labelledby="compare-req-heading">
            <h2 id="compare-req-heading">{t.reqHeading}</h2>
            <p className="muted">{t.reqIntro}</p>
            <div className="compare-req-grid">
              {options.map((o) => (
                <RequirementCheck key={o.id} option={o} />
              ))}
            </div>
          </section>
        </>
      )}
    </>
  );
}
