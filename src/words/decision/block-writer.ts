import type { Knowledge } from '../../domain/knowledge';
import type { Language, SourceRef } from '../../domain/schemas';
import { describeSource } from '../reasons';
import type { RecordBlock, RecordListItem } from './record-block';
import { recordTexts } from './record-texts';

/** Builders for the blocks of one record, and the sources it cites in citation order. */
export function blockWriter(kb: Knowledge, lang: Language) {
  const t = recordTexts[lang];
  const cited: string[] = [];
  return {
    kb,
    lang,
    t,
    cited,
    /** "Title (year), section", remembered for the Sources section. */
    cite(ref: SourceRef): string {
      if (!cited.includes(ref.source)) cited.push(ref.source);
      return describeSource(kb, ref, false, lang);
    },
    h: (level: 1 | 2 | 3 | 4, text: string): RecordBlock => ({ kind: 'heading', level, text }),
    p: (text: string): RecordBlock => ({ kind: 'paragraph', text }),
    /** A list, or "None." when there is nothing to list. */
    list: (items: readonly (string | RecordListItem)[]): RecordBlock =>
      items.length === 0
        ? { kind: 'paragraph', text: t.none }
        : { kind: 'list', items: items.map((i) => (typeof i === 'string' ? { text: i } : i)) },
    criterionName: (id: string): string => kb.criterionById.get(id)?.name[lang] ?? id,
    categoryName: (id: string): string => kb.categories.find((c) => c.id === id)?.name[lang] ?? id,
    optionName: (id: string): string => {
      const option = kb.optionById.get(id);
      return option ? `${option.name} (${option.id})` : id;
    },
  };
}

export type BlockWriter = ReturnType<typeof blockWriter>;

/** A share of samples with honest digits: never "0%" or "100%" for what merely rounds there. */
export function percent(share: number): string {
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.005) return '<1%';
  if (share >= 0.995) return '>99%';
  return `${Math.round(share * 100)}%`;
}

/** A score difference with its sign; "0.000" when equal. */
export function signed(delta: number): string {
  const text = Math.abs(delta).toFixed(3);
  if (text === '0.000') return text;
  return `${delta > 0 ? '+' : '−'}${text}`;
}
