import { useKnowledge } from '@/knowledge-context';
import { format, useLocalize, useMessages, usePlurals } from '@/ui';
import { aboutMessages, aboutPlurals } from './messages';

export function CoverageSection() {
  const t = useMessages(aboutMessages);
  const count = usePlurals(aboutPlurals);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  const ofKind = (kind: (typeof kb.sources)[number]['kind']) =>
    kb.sources.filter((s) => s.kind === kind).length;
  // A team's own sources come only with its overlay: without one, the line is as it always was.
  const team = ofKind('team');
  const series = kb.benchmarks.reduce((sum, b) => sum + b.series.length, 0);
  const criteriaCount = (id: (typeof kb.categories)[number]['id']) =>
    kb.criteriaByCategory.get(id)?.length ?? 0;
  return (
    <section aria-labelledby="about-coverage">
      <h2 id="about-coverage">{t.coverageHeading}</h2>
      <div className="table-scroll">
        <table className="about-coverage">
          <caption className="sr-only">{t.coverageCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.categoryCol}</th>
              <th scope="col">{t.optionsCol}</th>
              <th scope="col">{t.criteriaCol}</th>
            </tr>
          </thead>
          <tbody>
            {kb.categories.map((category) => (
              <tr key={category.id}>
                <th scope="row">{localize(category.name)}</th>
                <td>{kb.optionsByCategory.get(category.id)?.length ?? 0}</td>
                <td>{criteriaCount(category.id)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t.totalRow}</th>
              <td>{kb.options.length}</td>
              <td>{kb.criteria.length}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <ul className="about-counts">
        <li>{count.caseStudies(kb.caseStudies.length)}</li>
        <li>{count.benchmarks(kb.benchmarks.length, { series: count.series(series) })}</li>
        <li>{count.presets(kb.presets.length)}</li>
        <li>
          {format(team > 0 ? t.sourcesWithTeam : t.sources, {
            sources: count.sources(kb.sources.length),
            seeds: count.seeds(ofKind('seed')),
            public: count.publicSources(ofKind('public')),
            team: count.teamSources(team),
          })}
        </li>
      </ul>
    </section>
  );
}
