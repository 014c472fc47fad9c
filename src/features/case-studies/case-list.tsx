import { useMemo } from 'react';
import { buildHash, format, replaceHash, useKnowledge, useLanguage, useMessages, useRoute } from '@/ui';
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
import { caseMessages } from './messages';
import { useCaseSimilarities, useHasProfile } from './use-case-similarity';

/** The list of case studies; filters and sort live in the URL so a filtered list can be shared. */
export function CaseList() {
  const { kb } = useKnowledge();
  const t = useMessages(caseMessages);
  const language = useLanguage();
  const { query } = useRoute();
  const similarities = useCaseSimilarities();
  const hasProfile = useHasProfile();
  const defaultSort = hasProfile ? 'closest' : 'name';
  const groups = useMemo(() => usedOptions(kb), [kb]);
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
        {format(t.count, { n: shown.length, total: kb.caseStudies.length })}
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
