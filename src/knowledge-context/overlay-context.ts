import { createContext, useContext } from 'react';
import type { Knowledge } from '@/domain/knowledge';
import type { OverlayResult } from '@/domain/overlay';
import type { KnowledgeNeed } from './knowledge-context';

/** What an overlay is checked against: every option, case study and source (text is its own). */
export const OVERLAY_NEEDS: readonly KnowledgeNeed[] = ['scoring', 'cases', 'sources:all'];

export interface OverlayState {
  /** The knowledge without the overlay: what its changes are measured against. */
  base: Knowledge;
  /**
   * none: no overlay held; off: held, switched off; loading: the parts it is checked against are
   * on their way; applied; refused: held and on, but it does not fit this knowledge base.
   */
  status: 'none' | 'off' | 'loading' | 'applied' | 'refused';
  /** Why it was refused. */
  problems: readonly string[];
  /** The held overlay checked against the base, on or off; undefined while there is none or until `ready`. */
  held: OverlayResult | undefined;
  /** Checks a text as an overlay against the loaded base; undefined until `ready`. */
  check: (text: string, label: string) => OverlayResult | undefined;
  /** Loads what `check` needs (OVERLAY_NEEDS and the overlay code); call it from an effect. */
  prepare: () => void;
  /** `check` can answer. */
  ready: boolean;
}

export const OverlayContext = createContext<OverlayState | undefined>(undefined);

/** The overlay's state; outside the app shell (tests, tools) the knowledge given has none. */
export function useOverlay(): OverlayState | undefined {
  return useContext(OverlayContext);
}
