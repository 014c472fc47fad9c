import { useEffect } from 'react';
import { decodeShare } from '@/domain/profile';
import { useAppStore } from '@/store';
import { buildHash, replaceHash, useKnowledge, useRoute } from '@/ui';

/**
 * Applies a share token (`?s=`) once: a valid one replaces the profile, method and comparison;
 * a bad one only raises a notice, so the user's current work is never lost.
 */
export function useShareLink(): void {
  const { path, query } = useRoute();
  const { kb, complete } = useKnowledge();
  const token = query.get('s');
  useEffect(() => {
    // Option ids in the link can only be checked once the full knowledge is there.
    if (token === null || !complete) return;
    const state = useAppStore.getState();
    const result = decodeShare(token, kb);
    if (result.ok) {
      state.loadProfile(result.decision.profile);
      state.setMethod(result.decision.method);
      state.setCompared(result.decision.compared);
      state.showNotice({ kind: 'info', key: 'shareLinkLoaded', details: [] });
    } else {
      state.showNotice({ kind: 'error', key: 'shareLinkInvalid', details: result.problems });
    }
    const rest = Object.fromEntries([...query].filter(([k]) => k !== 's'));
    replaceHash(buildHash(path, rest));
    // Only the token matters; path/query are read for the rewrite.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [token, kb, complete]);
}
