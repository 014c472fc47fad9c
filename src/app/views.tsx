import { lazy, Suspense, type ReactNode } from 'react';
import { categoryIdSchema } from '@/domain/schemas';
import { ErrorBoundary, useMessages, useRoute } from '@/ui';
import { appMessages } from './messages';

const QuestionnaireView = lazy(() => import('@/features/questionnaire/questionnaire-view'));
const ResultsView = lazy(() => import('@/features/results/results-view'));
const CompareView = lazy(() => import('@/features/compare/compare-view'));
const BenchmarksView = lazy(() => import('@/features/benchmarks/benchmarks-view'));
const CaseStudiesView = lazy(() => import('@/features/case-studies/case-studies-view'));
const OptionView = lazy(() => import('@/features/option/option-view'));
const AboutView = lazy(() => import('@/features/about/about-view'));
const DecisionView = lazy(() => import('@/features/decision/decision-view'));
const StackView = lazy(() => import('@/features/stack/stack-view'));
const ProfilesView = lazy(() => import('@/features/profiles/profiles-view'));

function ViewFrame({ children, name }: { children: ReactNode; name: string }) {
  const t = useMessages(appMessages);
  return (
    <ErrorBoundary
      key={name}
      fallback={(message) => (
        <div role="alert" className="panel error">
          <h1>{t.viewFailed}</h1>
          <p>{t.viewFailedHint}</p>
          <pre>{message}</pre>
        </div>
      )}
    >
      <Suspense fallback={<p aria-busy="true">{t.loading}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** Maps the hash route to a view; each view is its own lazily loaded chunk. */
export function Views() {
  const { path } = useRoute();
  const t = useMessages(appMessages);
  const [head, param] = path;
  const view = (() => {
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
      default:
        return undefined;
    }
  })();
  return <ViewFrame name={path.join('/')}>{view ?? <h1>{t.notFound}</h1>}</ViewFrame>;
}
