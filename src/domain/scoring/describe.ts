import type { Knowledge } from '../knowledge';
import type { Language, SourceRef } from '../schemas';
import type { Assumption, ExclusionReason } from './types';

/** "Title (year), section" — enough for a reader to find the evidence. */
export function describeSource(kb: Knowledge, ref: SourceRef): string {
  const source = kb.sourceById.get(ref.source);
  if (!source) return `${ref.source}, ${ref.section}`;
  const where = source.file ? ` [${source.file}]` : '';
  return `${source.title} (${source.year ?? 'undated'})${where}, ${ref.section}`;
}

const show = (value: string | boolean): string => (typeof value === 'string' ? `"${value}"` : String(value));

const texts = {
  en: {
    is: 'is',
    mustHave: (c: string, level: number, required: number) =>
      `must-have "${c}" not met (level ${level}, needs ${required})`,
    source: 'source',
    unknown: (key: string) => `environment.${key} unknown:`,
    requirements: (ids: string) => `requirements not checked for ${ids}`,
    values: (ids: string) => `base values assumed (no environment-specific value) for ${ids}`,
    equalWeights: (cat: string) => `no weights set for ${cat} criteria: all weighted equally`,
  },
  zh: {
    is: '为',
    mustHave: (c: string, level: number, required: number) =>
      `必需项“${c}”未满足（等级 ${level}，需要 ${required}）`,
    source: '来源',
    unknown: (key: string) => `environment.${key} 未知：`,
    requirements: (ids: string) => `未检查 ${ids} 的环境要求`,
    values: (ids: string) => `${ids} 采用默认取值（未使用环境相关取值）`,
    equalWeights: (cat: string) => `${cat} 未设置权重：所有标准等权`,
  },
  ru: {
    is: '=',
    mustHave: (c: string, level: number, required: number) =>
      `обязательный критерий «${c}» не выполнен (уровень ${level}, нужно ${required})`,
    source: 'источник',
    unknown: (key: string) => `environment.${key} неизвестно:`,
    requirements: (ids: string) => `требования не проверены для ${ids}`,
    values: (ids: string) => `приняты базовые значения (без учёта окружения) для ${ids}`,
    equalWeights: (cat: string) => `для категории ${cat} веса не заданы: все критерии равны`,
  },
} satisfies Record<Language, unknown>;

/** One human-readable line naming the fact, the environment value and the source. */
export function describeReason(kb: Knowledge, reason: ExclusionReason, lang: Language = 'en'): string {
  const t = texts[lang];
  if (reason.kind === 'requirement') {
    const facts = reason.facts.map(([key, value]) => `environment.${key} ${t.is} ${show(value)}`).join(', ');
    return `${reason.reason[lang]} (${facts}) — ${t.source}: ${describeSource(kb, reason.source)}`;
  }
  const name = kb.criterionById.get(reason.criterion)?.name[lang] ?? reason.criterion;
  const note = reason.note ? `: ${reason.note[lang]}` : '';
  return `${t.mustHave(name, reason.level, reason.required)}${note} — ${t.source}: ${describeSource(kb, reason.source)}`;
}

export function describeAssumption(assumption: Assumption, lang: Language = 'en'): string {
  const t = texts[lang];
  if (assumption.kind === 'equalWeights') return t.equalWeights(assumption.category);
  const parts: string[] = [];
  if (assumption.requirementsOf.length > 0) parts.push(t.requirements(assumption.requirementsOf.join(', ')));
  if (assumption.valuesOf.length > 0) parts.push(t.values(assumption.valuesOf.join(', ')));
  return `${t.unknown(assumption.key)} ${parts.join('; ')}`;
}
