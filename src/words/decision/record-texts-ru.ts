import type { RecordTexts } from './record-texts';

const ruOne = new Intl.PluralRules('ru');

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
};
