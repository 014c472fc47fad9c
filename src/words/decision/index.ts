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
export { recordTexts, type RecordTexts } from './record-texts';
export { percent, signed } from './block-writer';
