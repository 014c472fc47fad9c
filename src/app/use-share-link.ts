import { useCallback, useEffect, useMemo, useState } from 'react';
import { decodeShare, type SharedDecision, type ShareResult } from '@/domain/profile';
import type { Profile } from '@/domain/schemas';
import { useAppStore, type AppState } from '@/store';
import { useKnowledge, useKnowledgeNeeds } from '@/knowledge-context';
import { buildHash, replaceHash, routes, useRoute } from '@/routing';

/** What to do with the link's profile, or `done` with its overlay (used or ignored). */
export type ShareChoice = 'replace' | 'keep' | 'compare' | 'done';

/**
 * A valid link waiting for the user. Step `profile`: its profile would replace a different one of
 * the user's. Step `overlay`: its profile is settled, and the overlay it carries is shown before
 * it is used (or ignored).
 */
export type PendingShare = SharedDecision & { step: 'profile' | 'overlay' };

export interface ShareLink {
  pending: PendingShare | undefined;
  choose: (choice: ShareChoice) => void;
}

type Answers = Pick<Profile, 'environment' | 'weights' | 'mustHave' | 'includeUnmaintained' | 'choices'>;

const sorted = (record: object): [string, unknown][] =>
  Object.entries(record)
    .filter(([, v]) => v !== undefined && v !== 0)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The answers in one canonical form: unset and zero weights, order and duplicates do not count. */
const canonical = (p: Answers): string =>
  JSON.stringify([
    sorted(p.environment),
    sorted(p.weights),
    [...new Set(p.mustHave)].sort(),
    p.includeUnmaintained ?? false,
    sorted(p.choices ?? {}),
  ]);

const EMPTY = canonical({ environment: {}, weights: {}, mustHave: [] });

/** Whether opening the link would overwrite work of the user's: a non-default, different profile. */
const wouldOverwrite = (state: AppState, shared: Profile): boolean => {
  const mine = canonical(state);
  return mine !== EMPTY && mine !== canonical(shared);
};

function apply(decision: SharedDecision): void {
  const state = useAppStore.getState();
  state.loadProfile(decision.profile);
  state.setMethod(decision.method);
  state.setCompared(decision.compared);
  state.showNotice({ kind: 'info', key: 'shareLinkLoaded', details: [] });
}

const none: string[] = [];
const scoring = ['scoring'];

/**
 * Applies a share token (`?s=`) once. A bad one only raises a notice, so the user's current work
 * is never lost. A valid one is applied when the user's profile is the default or the same as the
 * link's; otherwise it waits (token still in the URL) for the user to replace, keep or compare.
 * A knowledge overlay the link carries is offered after that (step `overlay`), whatever the
 * choice; it is applied only when the user uses it (share-overlay-prompt.tsx).
 */
export function useShareLink(): ShareLink {
  const { path, query } = useRoute();
  const { kb, complete } = useKnowledge();
  const token = query.get('s');
  useKnowledgeNeeds(token === null ? none : scoring);
  // Option ids in the link can only be checked once the full knowledge is there.
  const decoded = useMemo(
    () => (token !== null && complete ? decodeShare(token, kb) : undefined),
    [token, kb, complete],
  );
  const asks = useAppStore((s) => decoded?.ok === true && wouldOverwrite(s, decoded.decision.profile));
  // A link's overlay outlives its token: it is offered once the profile is settled.
  const [offer, setOffer] = useState<SharedDecision>();
  const [offered, setOffered] = useState<ShareResult>();
  // Remembered during render (React's pattern for state derived from props), not in an effect.
  if (decoded?.ok && decoded.decision.overlay && !asks && offered !== decoded) {
    setOffered(decoded);
    setOffer(decoded.decision);
  }
  const dropToken = useCallback(
    (to?: string) => {
      const rest = Object.fromEntries([...query].filter(([k]) => k !== 's'));
      replaceHash(to ?? buildHash(path, rest));
    },
    // The URL as it is when the choice is made.
    [path, query],
  );

  useEffect(() => {
    if (decoded === undefined || asks) return;
    if (decoded.ok) apply(decoded.decision);
    else
      useAppStore
        .getState()
        .showNotice({ kind: 'error', key: 'shareLinkInvalid', details: decoded.problems });
    dropToken();
    // Runs once per token: the URL is read for the rewrite only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [decoded, asks]);

  const asked = asks && decoded?.ok ? decoded.decision : undefined;
  const pending = useMemo<PendingShare | undefined>(
    () => (asked ? { ...asked, step: 'profile' } : offer ? { ...offer, step: 'overlay' } : undefined),
    [asked, offer],
  );
  const choose = useCallback(
    (choice: ShareChoice) => {
      if (!pending) return;
      if (pending.step === 'overlay' || choice === 'done') {
        setOffer(undefined);
        return;
      }
      if (pending.overlay) setOffer(pending);
      if (choice === 'replace') apply(pending);
      if (choice === 'compare') {
        const { profile, method } = pending;
        useAppStore.getState().setOtherProfile({ profile, method, from: 'link' });
      }
      dropToken(choice === 'compare' ? routes.profiles() : undefined);
    },
    [pending, dropToken],
  );
  return { pending, choose };
}
