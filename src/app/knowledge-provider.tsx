import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import coreFiles from 'virtual:knowledge-core';
import { loadKnowledge, type Knowledge, type RawFile } from '@/domain/knowledge';
import { ErrorBoundary, KnowledgeContext, useMessages, useRoute, type KnowledgeState } from '@/ui';
import { LoadFailed } from './load-failed';
import { KnowledgeLoadContext, type KnowledgeLoad } from './load-status';
import { appMessages } from './messages';

type Files = readonly RawFile[];
type Outcome = { kb: Knowledge } | { failure: string };

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function validate(files: Files): Outcome {
  try {
    return { kb: loadKnowledge(files) };
  } catch (error) {
    return { failure: messageOf(error) };
  }
}

const importFull = (): Promise<Files> => import('virtual:knowledge-full').then((m) => m.default);

interface Props {
  children: ReactNode;
  /** The first-visit core (criteria, environment questions, presets); bundled with the shell. */
  core?: Files;
  /** Fetches everything else: options, evidence, case studies, benchmarks. */
  loadFull?: () => Promise<Files>;
}

// The core is enough for the questionnaire on first paint; the full knowledge is a separate chunk
// fetched right after. A chunk that fails to arrive or to validate is reported with a Retry.
export function KnowledgeProvider({ children, core = coreFiles, loadFull = importFull }: Props) {
  const t = useMessages(appMessages);
  const [first] = useState(() => validate(core));
  const [load] = useState(() => loadFull);
  const [full, setFull] = useState<Outcome | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const coreFailed = 'failure' in first;

  useEffect(() => {
    if (coreFailed) return;
    let cancelled = false;
    void load()
      .then(validate, (error: unknown): Outcome => ({ failure: messageOf(error) }))
      .then((outcome) => {
        if (!cancelled) setFull(outcome);
      });
    return () => {
      cancelled = true;
    };
  }, [load, coreFailed, attempt]);

  const retry = useCallback(() => {
    setFull(undefined);
    setAttempt((n) => n + 1);
  }, []);
  const state = useMemo<KnowledgeState | undefined>(() => {
    if (full && 'kb' in full) return { kb: full.kb, complete: true };
    return 'kb' in first ? { kb: first.kb, complete: false } : undefined;
  }, [first, full]);
  const status = useMemo<KnowledgeLoad>(
    () => ({ failure: full && 'failure' in full ? full.failure : undefined, retry }),
    [full, retry],
  );

  if (!state) {
    // The core ships inside the app's own bundle: only a reload can bring a different one.
    const message = 'failure' in first ? first.failure : '';
    return (
      <main id="main">
        <LoadFailed
          title={t.knowledgeFailed}
          hint={t.knowledgeFailedHint}
          message={message}
          onRetry={() => window.location.reload()}
        />
      </main>
    );
  }
  return (
    <KnowledgeContext.Provider value={state}>
      <KnowledgeLoadContext.Provider value={status}>
        <ShellBoundary>{children}</ShellBoundary>
      </KnowledgeLoadContext.Provider>
    </KnowledgeContext.Provider>
  );
}

/** The last line of defence: a failure anywhere in the shell shows a message, and a new address recovers. */
function ShellBoundary({ children }: { children: ReactNode }) {
  const t = useMessages(appMessages);
  const { path, query, damaged } = useRoute();
  return (
    <ErrorBoundary
      resetKey={`${damaged ? '!' : ''}${path.join('/')}?${query.toString()}`}
      fallback={(message, retry) => (
        <LoadFailed title={t.viewFailed} hint={t.viewLoadHint} message={message} onRetry={retry} />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
