import { useMemo } from 'react';
import { useKnowledge } from '@/knowledge-context';
import { buildHash, replaceHash, useRoute } from '@/routing';
import { useLanguage, useMessages, usePlurals } from '@/ui';
import { CaseCard } from './case-card';
import { CaseFiltersForm } from './case-filters';
import {
  filtersToQuery,
  matchesFilters,
  parseFilters,
  sortStudies,
  usedOptions,
  type CaseFilters,
} from './filters';
import { caseMessages, casePlurals } from './messages';
import { useCaseSimilarities, useHasProfile } from './use-case-similarity';

/** The list of case studies; filters and sort live in the URL so a filtered list can be shared. */
export function CaseList() {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const count = usePlurals(casePlurals);
  const language = useLanguage();
  const { query } = useRoute();
  const similarities = useCaseSimilarities();
  const hasProfile = useHasProfile();
  const defaultSort = hasProfile ? 'closest' : 'name';
  const groups = useMemo(() => usedOptions(kb, language), [kb, language]);
  const known = useMemo(() => new Set<string>(groups.flatMap((g) => g.options.map((o) => o.id))), [groups]);
  const filters = parseFilters(query, defaultSort, known);
  const shown = sortStudies(
    kb.caseStudies.filter((s) => matchesFilters(s, filters)),
    filters.sort,
    similarities,
    language,
  );
  const update = (next: Partial<CaseFilters>) =>
    replaceHash(buildHash(['cases'], filtersToQuery({ ...filters, ...next }, defaultSort)));

  return (
    <div className="case-studies">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <CaseFiltersForm
        filters={filters}
        groups={groups}
        onChange={update}
        onClear={() => replaceHash(buildHash(['cases'], { sort: filtersToQuery(filters, defaultSort).sort }))}
      />
      <p className="case-studies-count" role="status">
        {count.companiesShown(kb.caseStudies.length, { shown: shown.length })}
      </p>
      {shown.length === 0 ? (
        <p>{t.noMatch}</p>
      ) : (
        <ul className="case-studies-cards">
          {shown.map((study) => (
            <CaseCard
              key={study.id}
              study={study}
              similarity={hasProfile ? similarities.get(study.id) : undefined}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
