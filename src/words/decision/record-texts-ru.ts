import type { OverlayCount } from '../../domain/decision';
import type { OverlayFactKind } from '../../domain/overlay';
import type { RecordTexts } from './record-texts';

const ruOne = new Intl.PluralRules('ru');

/** The noun after a count: 1, 21… take the first form; 2–4, 22–24… the second; the rest the third. */
const ruPlural = (count: number): 0 | 1 | 2 => {
  const rule = ruOne.select(count);
  return rule === 'one' ? 0 : rule === 'few' ? 1 : 2;
};

/** An overlay's kinds as counted: after 1, after 2–4, after 5 and more. */
const kindNames: Record<OverlayFactKind, [string, string, string]> = {
  source: ['источник', 'источника', 'источников'],
  option: ['вариант', 'варианта', 'вариантов'],
  value: ['значение', 'значения', 'значений'],
  status: ['статус', 'статуса', 'статусов'],
  benchmark: ['измерение', 'измерения', 'измерений'],
  'case-study': ['пример внедрения', 'примера внедрения', 'примеров внедрения'],
  'stack-rule': ['правило стека', 'правила стека', 'правил стека'],
};

/** The decision record's words in Russian. */
export const recordTextsRu: RecordTexts = {
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
  overlay: 'Наложение на базу знаний',
  overlaySummary: (name, owner, sha256, changes) =>
    `Наложение на базу знаний «${name}» (${owner}), SHA-256 ${sha256} — ${changes}.`,
  overlayChanges: (added, overridden) => {
    const counted = (counts: readonly OverlayCount[]) =>
      counts.map(({ kind, count }) => `${count} ${kindNames[kind][ruPlural(count)]}`).join(', ');
    const parts = [
      added.length > 0 ? `добавлено: ${counted(added)}` : '',
      overridden.length > 0 ? `заменено: ${counted(overridden)}` : '',
    ].filter((part) => part !== '');
    return parts.length > 0 ? parts.join('; ') : 'ничего не добавлено и не заменено';
  },
  overlayDescription: (description) => `Описание: ${description}`,
  overlayUsed: 'Факты из него в этом решении:',
  overlayUnused: 'Ни один факт о выбранных вариантах не взят из него.',
  overlaySaid: {
    option: { added: 'вариант добавлен', overridden: 'вариант заменён' },
    value: { added: 'значение добавлено', overridden: 'значение заменено' },
    status: { added: 'статус добавлен', overridden: 'статус заменён' },
    source: { added: 'источник добавлен', overridden: 'источник заменён' },
    'case-study': { added: 'пример внедрения добавлен', overridden: 'пример внедрения заменён' },
    'stack-rule': { added: 'правило стека добавлено', overridden: 'правило стека заменено' },
  },
  overlayMeasured: (parts) => `измерено (${parts.join(', ')})`,
  offload: (on) => (on ? 'offload включён' : 'offload выключен'),
  overlaySubject: (option, criterion) => (criterion === undefined ? option : `${option}, ${criterion}`),
  overlayFact: (subject, said, sources) =>
    `${subject}: ${said.join('; ')}${sources.length === 0 ? '' : ` — ${sources.length > 1 ? 'источники' : 'источник'}: ${sources.join('; ')}`}`,
};
