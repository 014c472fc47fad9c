export {
  decisionData,
  RECORD_SAMPLES,
  type CategoryDecision,
  type ChoiceConfidence,
  type ChoiceOrigin,
  type ChosenOption,
  type ConsideredOption,
  type DecisionData,
  type DecisionDataOptions,
  type SourcedItem,
} from './decision-data';
export {
  recordContent,
  type Contribution,
  type RecordConfidence,
  type RecordContent,
  type RecordLayer,
  type RecordPlace,
  type RecordRow,
  type RecordSettings,
} from './record-content';
export {
  overlayKinds,
  recordOverlay,
  type OverlayCount,
  type RecordOverlay,
  type RecordOverlayFact,
} from './record-overlay';
export {
  MAX_RATIONALE,
  MAX_SUPERSEDED_BY,
  rationaleSchema,
  rationalesSchema,
  recordStatuses,
  recordStatusSchema,
  supersededBySchema,
  type Rationales,
  type RecordStatus,
} from './record-state';
