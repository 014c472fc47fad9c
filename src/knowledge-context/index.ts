export {
  KnowledgeContext,
  KnowledgeNeedsContext,
  useKnowledge,
  useKnowledgeNeeds,
  type KnowledgeNeed,
  type KnowledgeNeeds,
  type KnowledgeState,
} from './knowledge-context';
export { useProfile, useRanking } from './use-profile';
export { OVERLAY_NEEDS, OverlayContext, useOverlay, type OverlayState } from './overlay-context';
