import { decisionData, type DecisionDataOptions } from '../../domain/decision';
import type { Knowledge } from '../../domain/knowledge';
import type { Language, Profile } from '../../domain/schemas';
import type { Method } from '../../domain/scoring';
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
