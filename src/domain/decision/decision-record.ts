import type { Knowledge } from '../knowledge';
import type { Language, Profile } from '../schemas';
import type { Method } from '../scoring';
import { decisionData, type DecisionDataOptions } from './decision-data';
import { decisionRecordBlocks, type RecordOptions } from './record-blocks';
import { recordToMarkdown } from './record-markdown';

/** The whole-stack decision record as Markdown, in one call (knowledge + profile → text). */
export function decisionRecord(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  language: Language,
  options: RecordOptions & DecisionDataOptions = {},
): string {
  const data = decisionData(kb, profile, method, options);
  return recordToMarkdown(decisionRecordBlocks(kb, data, language, options));
}
