import { Suspense, useMemo, type ReactNode } from 'react';
import { categoryIdSchema } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { KnowledgeContext, useKnowledge, useKnowledgeNeeds } from '@/knowledge-context';
import { useRoute } from '@/routing';
import { ErrorBoundary, useMessages } from '@/ui';
import { LoadFailed } from './load-failed';
import { useKnowledgeLoad } from './load-status';
import { forgetFailedLoads, lazyView } from './load-view';
import { appMessages } from './messages';
import { NotFound } from './not-found';
import { usePrefetch } from './use-prefetch';
import { viewNeeds } from './view-needs';

const QuestionnaireView = lazyView(() => import('@/features/questionnaire/questionnaire-view'));
const ResultsView = lazyView(() => import('@/features/results/results-view'));
const CompareView = lazyView(() => import('@/features/compare/compare-view'));
const BenchmarksView = lazyView(() => import('@/features/benchmarks/benchmarks-view'));
const CaseStudiesView = lazyView(() => import('@/features/case-studies/case-studies-view'));
const OptionView = lazyView(() => import('@/features/option/option-view'));
const AboutView = lazyView(() => import('@/features/about/about-view'));
const DecisionView = lazyView(() => import('@/features/decision/decision-view'));
const StackView = lazyView(() => import('@/features/stack/stack-view'));
const ProfilesView = lazyView(() => import('@/features/profiles/profiles-view'));
const OverlayView = lazyView(() => import('@/features/overlay/overlay-view'));

function ViewFrame({ children, name }: { children: ReactNode; name: string }) {
  const t = useMessages(appMessages);
  return (
    <ErrorBoundary
      key={name}
      onRetry={forgetFailedLoads}
      fallback={(message, retry) => (
        <LoadFailed title={t.viewFailed} hint={t.viewLoadHint} message={message} onRetry={retry} />
      )}
    >
      <Suspense fallback={<p aria-busy="true">{t.loading}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** The view for a route, or undefined when the address leads nowhere. */
function viewFor(head: string | undefined, param: string | undefined): ReactNode {
  switch (head) {
    case undefined:
      return <QuestionnaireView />;
    case 'results': {
      const category = categoryIdSchema.safeParse(param ?? 'networking');
      return category.success ? <ResultsView category={category.data} /> : undefined;
    }
    case 'compare':
      return <CompareView />;
    case 'benchmarks':
      return <BenchmarksView />;
    case 'cases':
      return <CaseStudiesView id={param} />;
    case 'options':
      return param ? <OptionView id={param} /> : undefined;
    case 'about':
      return <AboutView />;
    case 'decision':
      return <DecisionView />;
    case 'stack':
      return <StackView />;
    case 'profiles':
      return <ProfilesView />;
    case 'overlay':
      return <OverlayView />;
    default:
      return undefined;
  }
}

/**
 * Maps the hash route to a view; each view is its own lazily loaded chunk. A damaged or unknown
 * address, a chunk that fails to load and a knowledge base that fails to load each show a message
 * in place of the view, with the navigation still working.
 */
export function Views() {
  const { path, damaged } = useRoute();
  const t = useMessages(appMessages);
  const knowledge = useKnowledgeLoad();
  const { kb } = useKnowledge();
  const compared = useAppStore((s) => s.compared);
  const [head, param] = path;
  const view = damaged ? undefined : viewFor(head, param);
  const ready = useKnowledgeNeeds(viewNeeds(head, param, kb, compared));
  usePrefetch(ready);
  const viewState = useMemo(() => ({ kb, complete: ready }), [kb, ready]);
  const knowledgeFailed =
    knowledge.failure === undefined ? null : (
      <LoadFailed
        title={t.knowledgeFailed}
        hint={t.knowledgeFailedHint}
        message={knowledge.failure}
        onRetry={knowledge.retry}
      />
    );
  return (
    <ViewFrame name={`${damaged ? '!' : ''}${path.join('/')}`}>
      {view === undefined ? (
        <NotFound damaged={damaged} />
      ) : knowledgeFailed && !ready ? (
        knowledgeFailed
      ) : (
        <KnowledgeContext.Provider value={viewState}>
          {knowledgeFailed}
          {view}
        </KnowledgeContext.Provider>
      )}
    </ViewFrame>
  );
}
