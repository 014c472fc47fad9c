import type { Knowledge } from '../domain/knowledge';
import { orchestratorName } from './environment-names';
import { maintenanceStateNames } from './state-names';
import type { EnvMatch, Language, SourceRef } from '../domain/schemas';
import type { Assumption, ExclusionReason, FactMismatch } from '../domain/scoring';

/**
 * "Title (year), section" — enough for a reader to find the evidence. The CLI adds the seed file
 * name; the app's plain wording leaves internal file names out.
 */
export function describeSource(kb: Knowledge, ref: SourceRef, plain = false, lang: Language = 'en'): string {
  const source = kb.sourceById.get(ref.source);
  if (!source) return `${ref.source}, ${ref.section}`;
  const where = source.file && !plain ? ` [${source.file}]` : '';
  return `${source.title} (${source.year ?? texts[lang].undated})${where}, ${ref.section}`;
}

const show = (value: unknown): string => (typeof value === 'string' ? `"${value}"` : String(value));

const texts = {
  en: {
    yes: 'yes',
    no: 'no',
    is: 'is',
    or: ' or ',
    needs: 'needs',
    mustHave: (c: string, level: string, required: number) =>
      `must-have "${c}" not met (level ${level}, needs ${required})`,
    lifecycle: (state: string, asOf: string) => `project ${state}${asOf ? ` (as of ${asOf})` : ''}`,
    source: 'source',
    undated: 'undated',
    unknown: (key: string) => `environment.${key} unknown:`,
    requirements: (ids: string) => `requirements not checked for ${ids}`,
    values: (ids: string) => `base values assumed (no environment-specific value) for ${ids}`,
    equalWeights: (cat: string, n: number) =>
      n > 0
        ? `no weights set for ${cat} criteria: all weighted equally, and the ${n} must-have(s) count 3`
        : `no weights set for ${cat} criteria: all weighted equally`,
    kept: (option: string, c: string, keys: string) =>
      `${option} kept: must-have "${c}" passes only if ${keys} turns out favourable (unknown)`,
  },
  zh: {
    yes: '是',
    no: '否',
    is: '为',
    or: ' 或 ',
    needs: '需要',
    mustHave: (c: string, level: string, required: number) =>
      `必需项“${c}”未满足（等级 ${level}，需要 ${required}）`,
    lifecycle: (state: string, asOf: string) => `项目${state}${asOf ? `（截至 ${asOf}）` : ''}`,
    source: '来源',
    undated: '无日期',
    unknown: (key: string) => `environment.${key} 未知：`,
    requirements: (ids: string) => `未检查 ${ids} 的环境要求`,
    values: (ids: string) => `${ids} 采用默认取值（未使用环境相关取值）`,
    equalWeights: (cat: string, n: number) =>
      n > 0 ? `${cat} 未设置权重：所有标准等权，${n} 个必需项按权重 3 计` : `${cat} 未设置权重：所有标准等权`,
    kept: (option: string, c: string, keys: string) =>
      `保留 ${option}：必需项“${c}”仅在 ${keys} 有利时满足（未知）`,
  },
  ru: {
    yes: 'да',
    no: 'нет',
    is: '=',
    or: ' или ',
    needs: 'нужно',
    mustHave: (c: string, level: string, required: number) =>
      `обязательный критерий «${c}» не выполнен (уровень ${level}, нужно ${required})`,
    lifecycle: (state: string, asOf: string) => `проект ${state}${asOf ? ` (на ${asOf})` : ''}`,
    source: 'источник',
    undated: 'без даты',
    unknown: (key: string) => `environment.${key} неизвестно:`,
    requirements: (ids: string) => `требования не проверены для ${ids}`,
    values: (ids: string) => `приняты базовые значения (без учёта окружения) для ${ids}`,
    equalWeights: (cat: string, n: number) =>
      n > 0
        ? `для категории ${cat} веса не заданы: все критерии равны, обязательные (${n}) считаются с весом 3`
        : `для категории ${cat} веса не заданы: все критерии равны`,
    kept: (option: string, c: string, keys: string) =>
      `${option} оставлен: обязательный «${c}» выполняется, только если ${keys} окажется подходящим (неизвестно)`,
  },
} satisfies Record<Language, unknown>;

/** A single-key condition in words: "true", "≥ 3.16", "kubernetes or mesos", "< 51". */
export function describeExpected(match: EnvMatch, lang: Language): string {
  const [key, value] = Object.entries(match)[0] ?? ['', ''];
  if (key === 'kernelAtLeast' || key === 'hostsAtLeast') return `≥ ${String(value)}`;
  if (key === 'hostsBelow') return `< ${String(value)}`;
  if (Array.isArray(value)) return value.map(show).join(texts[lang].or);
  return show(value);
}

/** With a knowledge base, in the questionnaire's words ("L2 access: no, needs yes"); else by key. */
export function describeFact(fact: FactMismatch, lang: Language, kb?: Knowledge): string {
  const t = texts[lang];
  const expected = [...new Set(fact.expected.map((m) => describeExpected(m, lang)))].join(t.or);
  const label = kb?.environment.questions.find((q) => q.key === fact.key)?.label[lang];
  if (!label) return `environment.${fact.key} ${t.is} ${show(fact.actual)}, ${t.needs} ${expected}`;
  if (fact.key === 'orchestrator') {
    // Orchestrators by the names the questionnaire offers, not by their ids.
    const name = (id: unknown): string =>
      kb ? orchestratorName(kb.environment, String(id), lang) : String(id);
    const accepted = [...new Set(fact.expected.flatMap((m) => m.orchestrator ?? []))];
    return `${label}: ${name(fact.actual)}, ${t.needs} ${accepted.map(name).join(t.or)}`;
  }
  const words = (x: string) =>
    x
      .replace(/\btrue\b/g, t.yes)
      .replace(/\bfalse\b/g, t.no)
      .replace(/"/g, '');
  return `${label}: ${words(show(fact.actual))}, ${t.needs} ${words(expected)}`;
}

const levelText = (level: number): string => (Number.isInteger(level) ? String(level) : level.toFixed(2));

/**
 * One human-readable line naming the fact, the environment value and the source. `plain` words
 * facts as the questionnaire does and leaves internal file names out (the app); the CLI keeps keys.
 */
export function describeReason(
  kb: Knowledge,
  reason: ExclusionReason,
  lang: Language = 'en',
  plain = false,
): string {
  const t = texts[lang];
  const cite = `${t.source}: ${describeSource(kb, reason.source, plain, lang)}`;
  switch (reason.kind) {
    case 'environment':
    case 'pluginModel': {
      const facts = reason.facts.map((f) => describeFact(f, lang, plain ? kb : undefined)).join('; ');
      return `${reason.reason[lang]} (${facts}) — ${cite}`;
    }
    case 'mustHave': {
      const name = kb.criterionById.get(reason.criterion)?.name[lang] ?? reason.criterion;
      const note = reason.note ? `: ${reason.note[lang]}` : '';
      return `${t.mustHave(name, levelText(reason.level), reason.required)}${note} — ${cite}`;
    }
    case 'lifecycle': {
      const state = maintenanceStateNames[lang][reason.state];
      return `${t.lifecycle(state, reason.asOf ?? '')}: ${reason.note[lang]} — ${cite}`;
    }
  }
}

export function describeAssumption(assumption: Assumption, lang: Language = 'en', kb?: Knowledge): string {
  const t = texts[lang];
  switch (assumption.kind) {
    case 'equalWeights':
      return t.equalWeights(assumption.category, assumption.mustHaves);
    case 'keptOnUnknown': {
      const name = kb?.criterionById.get(assumption.criterion)?.name[lang] ?? assumption.criterion;
      const keys = assumption.keys.map((k) => `environment.${k}`).join(t.or);
      return t.kept(assumption.option, name, keys);
    }
    case 'unknownEnvironment': {
      const parts: string[] = [];
      if (assumption.requirementsOf.length > 0)
        parts.push(t.requirements(assumption.requirementsOf.join(', ')));
      if (assumption.valuesOf.length > 0) parts.push(t.values(assumption.valuesOf.join(', ')));
      return `${t.unknown(assumption.key)} ${parts.join('; ')}`;
    }
  }
}
