import { useEffect, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { files as coreFiles } from 'virtual:knowledge/core';
import loaders from 'virtual:knowledge/loaders';
import type { Language } from '@/domain/schemas/i18n';
import { useAppStore } from '@/store';
import {
  KnowledgeContext,
  KnowledgeNeedsContext,
  OverlayContext,
  type KnowledgeNeeds,
  type KnowledgeState,
} from '@/knowledge-context';
import { useRoute } from '@/routing';
import { ErrorBoundary, useMessages } from '@/ui';
import { KnowledgeParts } from './knowledge-parts';
import { LoadFailed } from './load-failed';
import { KnowledgeLoadContext, type KnowledgeLoad } from './load-status';
import { useOverlayState } from './use-overlay-state';
import { appMessages } from './messages';

const coreText = ['text:core'];

interface Props {
  children: ReactNode;
  /** Where the parts come from; the build's chunks unless given. */
  parts?: KnowledgeParts;
}

/** The text language shown: the chosen one once its text is loaded, the previous one until then. */
function useShownLanguage(parts: KnowledgeParts, language: Language): Language {
  const [shown, setShown] = useState(language);
  useEffect(() => {
    parts.request([...parts.textNeeds(), ...coreText], language);
  }, [parts, language]);
  const ready = parts.has([...parts.textNeeds(), ...coreText], language);
  // Remembered during render (React's pattern for state derived from props), not in an effect.
  if (ready && shown !== language) setShown(language);
  return ready ? language : shown;
}

// The core skeleton ships with the shell; its text, in the chosen language, comes first. Every
// other part is loaded when a view asks for it, and a part that fails to arrive is reported with a Retry.
export function KnowledgeProvider({ children, parts: given }: Props) {
  const t = useMessages(appMessages);
  const [parts] = useState(() => given ?? new KnowledgeParts(loaders, coreFiles));
  // Re-renders whenever a part arrives or fails; what is read below is then current.
  useSyncExternalStore(parts.subscribe, () => parts.version);
  const language = useAppStore((s) => s.language);
  const shown = useShownLanguage(parts, language);
  const base = parts.has(coreText, shown) ? parts.knowledge(shown) : undefined;
  const overlay = useOverlayState(parts, base, shown, language);
  const kb = overlay?.applied ?? base;
  // While an overlay is on its way, stored ids (an overlay's option among them) are not judged yet.
  const complete = parts.has(['scoring'], language) && overlay?.pending !== true;
  const failure = parts.failure();

  const state = useMemo<KnowledgeState | undefined>(
    () => (kb ? { kb, complete } : undefined),
    [kb, complete],
  );
  const needs = useMemo<KnowledgeNeeds>(
    () => ({ request: (list) => parts.request(list, language), has: (list) => parts.has(list, language) }),
    [parts, language],
  );
  const status = useMemo<KnowledgeLoad>(() => ({ failure, retry: parts.retry }), [failure, parts]);

  if (!state) {
    if (failure === undefined) return <p aria-busy="true">{t.loading}</p>;
    return (
      <main id="main">
        <LoadFailed
          title={t.knowledgeFailed}
          hint={t.knowledgeFailedHint}
          message={failure}
          onRetry={parts.retry}
        />
      </main>
    );
  }
  return (
    <KnowledgeContext.Provider value={state}>
      <KnowledgeNeedsContext.Provider value={needs}>
        <KnowledgeLoadContext.Provider value={status}>
          <OverlayContext.Provider value={overlay?.state}>
            <ShellBoundary>{children}</ShellBoundary>
          </OverlayContext.Provider>
        </KnowledgeLoadContext.Provider>
      </KnowledgeNeedsContext.Provider>
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
