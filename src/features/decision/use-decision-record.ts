import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { decisionData, type DecisionData } from '@/domain/decision';
import type { CategoryId } from '@/domain/schemas';
import { useAppStore } from '@/store';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { useLanguage } from '@/ui';
import {
  decisionRecordBlocks,
  recordDiagram,
  recordToMarkdown,
  type RecordBlock,
  type RecordDiagram,
} from '@/words/decision';

/** The stack decision for the profile, the team's choices held: derived, never stored. */
export function useDecisionData(): DecisionData {
  const { kb } = useKnowledge();
  const profile = useProfile();
  const method = useAppStore((s) => s.method);
  return useMemo(() => decisionData(kb, profile, method), [kb, profile, method]);
}

export interface DecisionRecordView {
  blocks: RecordBlock[];
  markdown: string;
  diagram: RecordDiagram | undefined;
}

/** The record of `data` with the team's rationales and status, as blocks, Markdown and picture. */
export function useDecisionRecord(
  data: DecisionData,
  categories: readonly CategoryId[],
  date: string,
): DecisionRecordView {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const { rationales, status, supersededBy } = useAppStore(
    useShallow((s) => ({ rationales: s.rationales, status: s.recordStatus, supersededBy: s.supersededBy })),
  );
  const diagram = useMemo(
    () => recordDiagram(kb, data, language, categories),
    [kb, data, language, categories],
  );
  const blocks = useMemo(
    () =>
      decisionRecordBlocks(kb, data, language, {
        categories,
        date,
        status,
        supersededBy,
        rationales,
        diagram,
      }),
    [kb, data, language, categories, date, status, supersededBy, rationales, diagram],
  );
  const markdown = useMemo(() => recordToMarkdown(blocks), [blocks]);
  return { blocks, markdown, diagram };
}
