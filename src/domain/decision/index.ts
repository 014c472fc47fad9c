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
} from './decision-data';
export { decisionRecord } from './decision-record';
export { decisionRecordBlocks, type RecordOptions } from './record-blocks';
export { recordDiagram, RECORD_DIAGRAM_FILE } from './record-diagram';
export type { RecordBlock, RecordDiagram, RecordListItem } from './record-block';
export {
  escapeDestination,
  escapeInline,
  escapeMarkdown,
  escapeParagraph,
  recordToMarkdown,
} from './record-markdown';
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
