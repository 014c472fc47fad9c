export {
  decisionRecord,
  decisionRecordBlocks,
  defaultRecordCategories,
  recordToMarkdown,
  type RecordBlock,
  type RecordListItem,
  type RecordOptions,
} from './decision-record';
