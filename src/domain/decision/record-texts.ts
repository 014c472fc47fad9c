import type { Cloud, Language } from '../schemas';
import type { Method } from '../scoring';
import type { ChoiceOrigin } from './decision-data';
import type { RecordStatus } from './record-state';

const ruOne = new Intl.PluralRules('ru');

interface RecordTexts {
  title: string;
  date: string;
  status: string;
  statuses: Record<RecordStatus, string>;
  supersededBy: (by: string) => string;
  context: string;
  problem: string;
  contextIntro: string;
  unknown: string;
  yes: string;
  no: string;
  drivers: string;
  method: string;
  methods: Record<Method, string>;
  weight: string;
  noWeights: string;
  mustHave: string;
  atLeast: string;
  unmaintained: (included: boolean) => string;
  considered: string;
  rank: string;
  option: string;
  pipeline: string;
  score: string;
  delta: string;
  firstPlace: string;
  top: string;
  chosenMark: string;
  noneFeasible: string;
  noPipeline: string;
  outcome: string;
  architecture: string;
  diagramTitle: string;
  chosen: string;
  origins: Record<ChoiceOrigin, string>;
  rankOf: (rank: number, of: number) => string;
  scoreWord: string;
  because: string;
  noRationale: string;
  pipelineRankOf: (rank: number, of: number) => string;
  inNoPipeline: string;
  pipelineConfidence: (first: string, samples: string) => string;
  noPipelineConfidence: string;
  confidence: (
    name: string,
    first: string,
    top3: string,
    samples: string,
    low: string,
    high: string,
  ) => string;
  maintenance: string;
  asOf: string;
  source: string;
  refusedChoice: (name: string) => string;
  clash: string;
  consequences: string;
  good: string;
  bad: string;
  excluded: string;
  assumptions: string;
  compatibility: string;
  incompatible: (a: string, b: string) => string;
  sources: string;
  seedFile: string;
  undated: string;
  none: string;
  clouds: Record<Cloud, string>;
}

/** The record's words in every UI language; the structure lives in record-blocks.ts. */
export const recordTexts: Record<Language, RecordTexts> = {
  en: {
    title: 'Decision record: container stack',
    date: 'Date',
    status: 'Status',
    statuses: { proposed: 'proposed', accepted: 'accepted', superseded: 'superseded' },
    supersededBy: (by) => `superseded by ${by}`,
    context: 'Context and problem statement',
    problem:
      'Which option should each layer of the container stack use, given this environment and these requirements?',
    contextIntro: 'The environment as answered; an unknown answer excludes nothing (see Assumptions).',
    unknown: 'unknown',
    yes: 'yes',
    no: 'no',
    drivers: 'Decision drivers',
    method: 'Scoring method',
    methods: { weighted: 'weighted sum', topsis: 'TOPSIS' },
    weight: 'weight',
    noWeights: 'No weights set: all criteria count equally.',
    mustHave: 'Must-have',
    atLeast: 'level ≥',
    unmaintained: (included) =>
      included
        ? 'Archived, retired and removed projects are considered too.'
        : 'Archived, retired and removed projects are excluded.',
    considered: 'Considered options',
    rank: 'Rank',
    option: 'Option',
    pipeline: 'Pipeline',
    score: 'Score',
    delta: 'Δ vs choice',
    firstPlace: 'First in',
    top: 'Top contributions',
    chosenMark: 'chosen',
    noneFeasible: 'No option is feasible in this environment.',
    noPipeline: 'No complete pipeline can be built from the feasible options.',
    outcome: 'Decision outcome',
    architecture: 'architecture',
    diagramTitle: 'The chosen stack',
    chosen: 'Chosen option',
    origins: { choice: "the team's choice", stack: "the stack's pick" },
    rankOf: (rank, of) => `rank ${rank} of ${of} feasible options`,
    scoreWord: 'score',
    because: 'Because',
    noRationale: 'No rationale given.',
    pipelineRankOf: (rank, of) => `rank ${rank} of ${of} candidate pipelines`,
    inNoPipeline: 'part of no complete pipeline',
    pipelineConfidence: (first, samples) =>
      `Confidence: over ${samples} sampled weightings and values, this pipeline is first among the candidate pipelines in ${first}.`,
    noPipelineConfidence: 'Confidence: none is given, as this option completes no pipeline.',
    confidence: (name, first, top3, samples, low, high) =>
      `Confidence: over ${samples} sampled weightings and values, ${name} is first in ${first} and in the top three in ${top3}; its score lies between ${low} and ${high}.`,
    maintenance: 'Maintenance',
    asOf: 'as of',
    source: 'source',
    refusedChoice: (name) => `The team's choice ${name} cannot be used here:`,
    clash: "The team's choices cannot all stand together; the stack around them is composed without them:",
    consequences: 'Consequences',
    good: 'Good',
    bad: 'Bad',
    excluded: 'Excluded options and why',
    assumptions: 'Assumptions',
    compatibility: 'Compatibility',
    incompatible: (a, b) => `${a} and ${b} cannot stand in one stack:`,
    sources: 'Sources',
    seedFile: 'survey document',
    undated: 'undated',
    none: 'None.',
    clouds: {
      public: 'public cloud',
      private: 'private data centre',
      hybrid: 'hybrid',
      'bare-metal': 'bare metal',
    },
  },
  zh: {
    title: '决策记录：容器技术栈',
    date: '日期',
    status: '状态',
    statuses: { proposed: '提议', accepted: '已接受', superseded: '已被取代' },
    supersededBy: (by) => `已被 ${by} 取代`,
    context: '背景与问题',
    problem: '在此环境和这些需求下，容器技术栈的每一层应选用哪个方案？',
    contextIntro: '以下为问卷中的环境回答；未知的回答不会导致排除（见“假设”）。',
    unknown: '未知',
    yes: '是',
    no: '否',
    drivers: '决策因素',
    method: '评分方法',
    methods: { weighted: '加权求和', topsis: 'TOPSIS' },
    weight: '权重',
    noWeights: '未设置权重：所有标准等权。',
    mustHave: '必需项',
    atLeast: '等级 ≥',
    unmaintained: (included) =>
      included ? '已归档、已退役和已移除的项目也参与比较。' : '已归档、已退役和已移除的项目被排除。',
    considered: '备选方案',
    rank: '排名',
    option: '方案',
    pipeline: '流水线',
    score: '得分',
    delta: '与选定方案之差',
    firstPlace: '排第一的比例',
    top: '主要贡献',
    chosenMark: '选定',
    noneFeasible: '在此环境下没有可行的方案。',
    noPipeline: '可行的方案无法组成完整的流水线。',
    outcome: '决策结果',
    architecture: '架构图',
    diagramTitle: '选定的技术栈',
    chosen: '选定方案',
    origins: { choice: '团队的选择', stack: '技术栈推荐' },
    rankOf: (rank, of) => `在 ${of} 个可行方案中排第 ${rank}`,
    scoreWord: '得分',
    because: '理由',
    noRationale: '未填写理由。',
    pipelineRankOf: (rank, of) => `在 ${of} 条候选流水线中排第 ${rank}`,
    inNoPipeline: '不属于任何完整的流水线',
    pipelineConfidence: (first, samples) =>
      `可靠性：在 ${samples} 次抽样的权重与取值中，该流水线在候选流水线中排第一的比例为 ${first}。`,
    noPipelineConfidence: '可靠性：该方案不能组成完整的流水线，因此不给出。',
    confidence: (name, first, top3, samples, low, high) =>
      `可靠性：在 ${samples} 次抽样的权重与取值中，${name} 排第一的比例为 ${first}，进入前三的比例为 ${top3}；得分在 ${low} 到 ${high} 之间。`,
    maintenance: '维护状态',
    asOf: '截至',
    source: '来源',
    refusedChoice: (name) => `团队的选择 ${name} 在此无法使用：`,
    clash: '团队的选择无法同时成立；其余各层按不含这些选择的方式组合：',
    consequences: '影响',
    good: '正面',
    bad: '负面',
    excluded: '被排除的方案及原因',
    assumptions: '假设',
    compatibility: '兼容性',
    incompatible: (a, b) => `${a} 与 ${b} 不能同时用于一个技术栈：`,
    sources: '来源',
    seedFile: '调研文档',
    undated: '无日期',
    none: '无。',
    clouds: { public: '公有云', private: '私有数据中心', hybrid: '混合云', 'bare-metal': '物理机' },
  },
  ru: {
    title: 'Запись о решении: контейнерный стек',
    date: 'Дата',
    status: 'Статус',
    statuses: { proposed: 'предложено', accepted: 'принято', superseded: 'заменено' },
    supersededBy: (by) => `заменено: ${by}`,
    context: 'Контекст и постановка задачи',
    problem:
      'Какой вариант выбрать для каждого слоя контейнерного стека при этом окружении и этих требованиях?',
    contextIntro: 'Окружение по ответам анкеты; неизвестный ответ ничего не исключает (см. «Допущения»).',
    unknown: 'неизвестно',
    yes: 'да',
    no: 'нет',
    drivers: 'Факторы решения',
    method: 'Метод оценки',
    methods: { weighted: 'взвешенная сумма', topsis: 'TOPSIS' },
    weight: 'вес',
    noWeights: 'Веса не заданы: все критерии равны.',
    mustHave: 'Обязательно',
    atLeast: 'уровень ≥',
    unmaintained: (included) =>
      included
        ? 'Архивные, выведенные из эксплуатации и удалённые проекты тоже рассматриваются.'
        : 'Архивные, выведенные из эксплуатации и удалённые проекты исключены.',
    considered: 'Рассмотренные варианты',
    rank: 'Место',
    option: 'Вариант',
    pipeline: 'Конвейер',
    score: 'Оценка',
    delta: 'Δ к выбору',
    firstPlace: 'Первый в',
    top: 'Главные вклады',
    chosenMark: 'выбран',
    noneFeasible: 'В этом окружении нет подходящих вариантов.',
    noPipeline: 'Из подходящих вариантов нельзя собрать полный конвейер.',
    outcome: 'Итог решения',
    architecture: 'архитектура',
    diagramTitle: 'Выбранный стек',
    chosen: 'Выбранный вариант',
    origins: { choice: 'выбор команды', stack: 'выбор стека' },
    // After «из» the count takes the genitive: singular for 1, 21, 31…, plural otherwise.
    rankOf: (rank, of) =>
      `место ${rank} из ${of} ${ruOne.select(of) === 'one' ? 'подходящего варианта' : 'подходящих вариантов'}`,
    scoreWord: 'оценка',
    because: 'Потому что',
    noRationale: 'Обоснование не указано.',
    pipelineRankOf: (rank, of) => `место ${rank} из ${of} возможных конвейеров`,
    inNoPipeline: 'не входит ни в один полный конвейер',
    pipelineConfidence: (first, samples) =>
      `Надёжность: в ${samples} выборках весов и значений этот конвейер первый среди возможных конвейеров в ${first}.`,
    noPipelineConfidence: 'Надёжность: вариант не входит ни в один полный конвейер, поэтому она не указана.',
    confidence: (name, first, top3, samples, low, high) =>
      `Надёжность: в ${samples} выборках весов и значений ${name} на первом месте в ${first}, в тройке лучших — в ${top3}; оценка от ${low} до ${high}.`,
    maintenance: 'Сопровождение',
    asOf: 'на',
    source: 'источник',
    refusedChoice: (name) => `Выбор команды ${name} здесь невозможен:`,
    clash: 'Выборы команды несовместимы между собой; остальной стек составлен без них:',
    consequences: 'Последствия',
    good: 'Плюсы',
    bad: 'Минусы',
    excluded: 'Исключённые варианты и причины',
    assumptions: 'Допущения',
    compatibility: 'Совместимость',
    incompatible: (a, b) => `${a} и ${b} не могут быть в одном стеке:`,
    sources: 'Источники',
    seedFile: 'документ обследования',
    undated: 'без даты',
    none: 'Нет.',
    clouds: {
      public: 'публичное облако',
      private: 'частный ЦОД',
      hybrid: 'гибрид',
      'bare-metal': 'bare metal',
    },
  },
};
