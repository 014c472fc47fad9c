import { maintenanceStateNames } from '../lifecycle';
import type { Knowledge } from '../knowledge';
import type { CategoryId, Cloud, Criterion, Environment, Language, Profile, SourceRef } from '../schemas';
import {
  describeAssumption,
  describeReason,
  describeSource,
  matchTruth,
  rank,
  type Method,
  type Ranking,
} from '../scoring';

/**
 * A decision record as a list of blocks, so the same content becomes Markdown (download) and
 * HTML (print) without parsing Markdown back.
 */
export type RecordBlock =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: RecordListItem[] }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface RecordListItem {
  text: string;
  items?: string[];
}

export interface RecordOptions {
  categories?: readonly CategoryId[];
  /** "YYYY-MM-DD"; today when absent. */
  date?: string;
}

const texts = {
  en: {
    title: 'Decision record: container stack',
    date: 'Date',
    status: 'Status',
    proposed: 'proposed',
    context: 'Context',
    contextIntro: 'The environment as answered; an unknown answer excludes nothing (see Assumptions).',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    drivers: 'Decision drivers',
    method: 'Scoring method',
    weight: 'weight',
    noWeights: 'No weights set: all criteria count equally.',
    mustHave: 'Must-have',
    atLeast: 'level ≥',
    considered: 'Considered options',
    rank: 'Rank',
    option: 'Option',
    score: 'Score',
    scoreWord: 'score',
    top: 'Top contributions',
    noneFeasible: 'No option is feasible in this environment.',
    outcome: 'Decision outcome',
    chosen: 'Chosen option',
    of: (n: number) => `ranked first of ${n} feasible options`,
    maintenance: 'Maintenance',
    asOf: 'as of',
    pros: 'Pros',
    cons: 'Cons',
    source: 'source',
    excluded: 'Excluded options and why',
    assumptions: 'Assumptions',
    sources: 'Sources',
    seedFile: 'survey document',
    none: 'None.',
  },
  zh: {
    title: '决策记录：容器技术栈',
    date: '日期',
    status: '状态',
    proposed: '提议',
    context: '背景',
    contextIntro: '以下为问卷中的环境回答；未知的回答不会导致排除（见“假设”）。',
    unknown: '未知',
    yes: '是',
    no: '否',
    drivers: '决策因素',
    method: '评分方法',
    weight: '权重',
    noWeights: '未设置权重：所有标准等权。',
    mustHave: '必需项',
    atLeast: '等级 ≥',
    considered: '备选方案',
    rank: '排名',
    option: '方案',
    score: '得分',
    scoreWord: '得分',
    top: '主要贡献',
    noneFeasible: '在此环境下没有可行的方案。',
    outcome: '决策结果',
    chosen: '选定方案',
    of: (n: number) => `在 ${n} 个可行方案中排名第一`,
    maintenance: '维护状态',
    asOf: '截至',
    pros: '优点',
    cons: '缺点',
    source: '来源',
    excluded: '被排除的方案及原因',
    assumptions: '假设',
    sources: '来源',
    seedFile: '调研文档',
    none: '无。',
  },
  ru: {
    title: 'Запись о решении: контейнерный стек',
    date: 'Дата',
    status: 'Статус',
    proposed: 'предложено',
    context: 'Контекст',
    contextIntro: 'Окружение по ответам анкеты; неизвестный ответ ничего не исключает (см. «Допущения»).',
    unknown: 'неизвестно',
    yes: 'да',
    no: 'нет',
    drivers: 'Факторы решения',
    method: 'Метод оценки',
    weight: 'вес',
    noWeights: 'Веса не заданы: все критерии равны.',
    mustHave: 'Обязательно',
    atLeast: 'уровень ≥',
    considered: 'Рассмотренные варианты',
    rank: 'Место',
    option: 'Вариант',
    score: 'Оценка',
    scoreWord: 'оценка',
    top: 'Главные вклады',
    noneFeasible: 'В этом окружении нет подходящих вариантов.',
    outcome: 'Итог решения',
    chosen: 'Выбранный вариант',
    of: (n: number) => `первое место из ${n} подходящих вариантов`,
    maintenance: 'Сопровождение',
    asOf: 'на',
    pros: 'Плюсы',
    cons: 'Минусы',
    source: 'источник',
    excluded: 'Исключённые варианты и причины',
    assumptions: 'Допущения',
    sources: 'Источники',
    seedFile: 'документ обследования',
    none: 'Нет.',
  },
} satisfies Record<Language, unknown>;

const methodNames: Record<Language, Record<Method, string>> = {
  en: { weighted: 'weighted sum', topsis: 'TOPSIS' },
  zh: { weighted: '加权求和', topsis: 'TOPSIS' },
  ru: { weighted: 'взвешенная сумма', topsis: 'TOPSIS' },
};

const cloudNames: Record<Language, Record<Cloud, string>> = {
  en: {
    public: 'public cloud',
    private: 'private data centre',
    hybrid: 'hybrid',
    'bare-metal': 'bare metal',
  },
  zh: { public: '公有云', private: '私有数据中心', hybrid: '混合云', 'bare-metal': '物理机' },
  ru: { public: 'публичное облако', private: 'частный ЦОД', hybrid: 'гибрид', 'bare-metal': 'bare metal' },
};

/** The categories a profile speaks about (a weight or a must-have), networking always. */
export function defaultRecordCategories(kb: Knowledge, profile: Profile): CategoryId[] {
  const used = (c: Criterion) => (profile.weights[c.id] ?? 0) > 0 || profile.mustHave.includes(c.id);
  return kb.categories
    .map((c) => c.id)
    .filter((id) => id === 'networking' || (kb.criteriaByCategory.get(id) ?? []).some(used));
}

function environmentValue(kb: Knowledge, env: Environment, key: keyof Environment, lang: Language): string {
  const t = texts[lang];
  const value = env[key];
  if (value === undefined) return t.unknown;
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (key === 'orchestrator')
    return kb.environment.orchestrators.find((o) => o.id === value)?.name ?? String(value);
  if (key === 'cloud') return cloudNames[lang][value as Cloud];
  return String(value);
}

const criterionName = (kb: Knowledge, id: string, lang: Language): string =>
  kb.criterionById.get(id)?.name[lang] ?? id;

const topContributions = (kb: Knowledge, r: Ranking, i: number, lang: Language): string =>
  r.criteria
    .map((c, j) => ({ id: c.criterion, value: r.ranking[i]?.contributions[j] ?? 0 }))
    .sort((a, b) => b.value - a.value)
    .slice(0, 3)
    .map((c) => `${criterionName(kb, c.id, lang)} ${c.value.toFixed(3)}`)
    .join(', ');

/** The record's content; `decisionRecord` turns it into Markdown. */
export function decisionRecordBlocks(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  lang: Language,
  options: RecordOptions = {},
): RecordBlock[] {
  const t = texts[lang];
  const categories = options.categories ?? defaultRecordCategories(kb, profile);
  const included = kb.categories.filter((c) => categories.includes(c.id));
  const rankings = included.map((c) => ({
    name: c.name[lang],
    r: rank(kb, profile, { category: c.id, method }),
  }));
  const cited: string[] = [];
  const cite = (ref: SourceRef): string => {
    if (!cited.includes(ref.source)) cited.push(ref.source);
    return describeSource(kb, ref);
  };
  const h = (level: 1 | 2 | 3 | 4, text: string): RecordBlock => ({ kind: 'heading', level, text });
  const p = (text: string): RecordBlock => ({ kind: 'paragraph', text });
  const list = (items: (string | RecordListItem)[]): RecordBlock =>
    items.length === 0
      ? p(t.none)
      : { kind: 'list', items: items.map((i) => (typeof i === 'string' ? { text: i } : i)) };

  const blocks: RecordBlock[] = [
    h(1, t.title),
    p(`${t.date}: ${options.date ?? new Date().toISOString().slice(0, 10)}`),
    p(`${t.status}: ${t.proposed}`),
    h(2, t.context),
    p(t.contextIntro),
    list(
      kb.environment.questions.map(
        (q) => `${q.label[lang]}: ${environmentValue(kb, profile.environment, q.key, lang)}`,
      ),
    ),
    h(2, t.drivers),
    p(`${t.method}: ${methodNames[lang][method]}`),
  ];
  for (const { name, r } of rankings) {
    blocks.push(h(3, name));
    const equal = r.assumptions.some((a) => a.kind === 'equalWeights');
    const weighted = [...r.criteria].sort((a, b) => b.weight - a.weight);
    blocks.push(
      equal
        ? p(t.noWeights)
        : list(weighted.map((c) => `${criterionName(kb, c.criterion, lang)}: ${t.weight} ${c.weight}/5`)),
    );
    const must = (kb.criteriaByCategory.get(r.category) ?? []).filter((c) => profile.mustHave.includes(c.id));
    if (must.length > 0) {
      blocks.push(
        p(`${t.mustHave}: ${must.map((c) => `${c.name[lang]} (${t.atLeast} ${c.satisfiedAt})`).join(', ')}`),
      );
    }
  }

  blocks.push(h(2, t.considered));
  for (const { name, r } of rankings) {
    blocks.push(h(3, name));
    blocks.push(
      r.ranking.length === 0
        ? p(t.noneFeasible)
        : {
            kind: 'table',
            head: [t.rank, t.option, t.score, t.top],
            rows: r.ranking.map((o, i) => [
              String(i + 1),
              `${o.name} (${o.id})`,
              o.score.toFixed(3),
              topContributions(kb, r, i, lang),
            ]),
          },
    );
  }

  blocks.push(h(2, t.outcome));
  for (const { name, r } of rankings) {
    blocks.push(h(3, name));
    const first = r.ranking[0];
    const option = first && kb.optionById.get(first.id);
    if (!first || !option) {
      blocks.push(p(t.noneFeasible));
      continue;
    }
    const { state, asOf, source } = option.status;
    blocks.push(
      p(
        `${t.chosen}: ${option.name} (${option.id}) — ${t.scoreWord} ${first.score.toFixed(3)}, ${t.of(r.ranking.length)}`,
      ),
    );
    blocks.push(
      p(
        `${t.maintenance}: ${maintenanceStateNames[lang][state]}${asOf ? ` (${t.asOf} ${asOf})` : ''} — ${t.source}: ${cite(source)}`,
      ),
    );
    for (const [title, items] of [
      [t.pros, option.pros],
      [t.cons, option.cons],
    ] as const) {
      blocks.push(h(4, title));
      // A pro that needs a fact this environment contradicts (e.g. BGP) would mislead a reviewer.
      const holding = items.filter(
        (item) => !item.if || matchTruth(item.if, profile.environment) !== 'unmet',
      );
      blocks.push(list(holding.map((item) => `${item.text[lang]} — ${t.source}: ${cite(item.source)}`)));
    }
  }

  blocks.push(h(2, t.excluded));
  for (const { name, r } of rankings) {
    blocks.push(h(3, name));
    blocks.push(
      list(
        r.excluded.map((o) => ({
          text: `${o.name} (${o.id})`,
          items: o.reasons.map((reason) => {
            cite(reason.source);
            return describeReason(kb, reason, lang);
          }),
        })),
      ),
    );
  }

  blocks.push(h(2, t.assumptions));
  blocks.push(
    list(
      rankings.flatMap(({ name, r }) => r.assumptions.map((a) => `${name}: ${describeAssumption(a, lang)}`)),
    ),
  );

  blocks.push(h(2, t.sources));
  blocks.push(
    list(
      cited.map((id) => {
        const s = kb.sourceById.get(id);
        if (!s) return id;
        const where = s.url ?? (s.file ? `${t.seedFile} ${s.file}` : '');
        const publisher = s.publisher ? `, ${s.publisher}` : '';
        return `${id}: ${s.title} (${s.year ?? 'undated'})${publisher}${where ? ` — ${where}` : ''}`;
      }),
    ),
  );
  return blocks;
}

const inline = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
const cell = (text: string): string => inline(text).replace(/\|/g, '\\|');

/** CommonMark / GFM text of the blocks. */
export function recordToMarkdown(blocks: readonly RecordBlock[]): string {
  const out = blocks.map((b) => {
    switch (b.kind) {
      case 'heading':
        return `${'#'.repeat(b.level)} ${inline(b.text)}`;
      case 'paragraph':
        return inline(b.text);
      case 'list':
        return b.items
          .map((i) => [`- ${inline(i.text)}`, ...(i.items ?? []).map((s) => `  - ${inline(s)}`)].join('\n'))
          .join('\n');
      case 'table':
        return [
          `| ${b.head.map(cell).join(' | ')} |`,
          `| ${b.head.map(() => '---').join(' | ')} |`,
          ...b.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
        ].join('\n');
    }
  });
  return `${out.join('\n\n')}\n`;
}

/** The decision as a Markdown decision record: context, drivers, options, outcome, exclusions, sources. */
export function decisionRecord(
  kb: Knowledge,
  profile: Profile,
  method: Method,
  language: Language,
  options: RecordOptions = {},
): string {
  return recordToMarkdown(decisionRecordBlocks(kb, profile, method, language, options));
}
