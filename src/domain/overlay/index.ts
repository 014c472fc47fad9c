export { applyOverlay, OVERLAY_LIMITS, type OverlayMode, type OverlayResult } from './apply-overlay';
export {
  countFacts,
  factKey,
  overlaidFact,
  overlayKinds,
  type OverlayCount,
  type AppliedOverlay,
  type OverlayFact,
  type OverlayFactKind,
} from './applied';
export { ruleLoops } from './rule-loops';
export { sha256 } from './sha256';
export { cellFacts, optionFacts, rankedOptionFacts, valueFacts, type PlacedFacts } from './cell-facts';
export { factChanges, rankingMoves, type CategoryMoves, type FactChange, type RankMove } from './diff';
