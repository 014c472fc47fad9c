import type { OverlayCount } from '../../domain/decision';
import type { OverlayFactKind } from '../../domain/overlay';
import type { RecordTexts } from './record-texts';

/** An overlay's kinds as counted, each with its measure word: "3 个来源". */
const kindNames: Record<OverlayFactKind, string> = {
  source: '个来源',
  option: '个方案',
  value: '项取值',
  status: '项状态',
  benchmark: '项基准测试',
  'case-study': '个案例',
  'stack-rule': '条组合规则',
};

/** The decision record's words in Simplified Chinese. */
export const recordTextsZh: RecordTexts = {
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
  overlay: '知识叠加数据',
  overlaySummary: (name, owner, sha256, changes) =>
    `知识叠加数据“${name}”（${owner}），SHA-256 ${sha256}：${changes}。`,
  overlayChanges: (added, overridden) => {
    const counted = (counts: readonly OverlayCount[]) =>
      counts.map(({ kind, count }) => `${count} ${kindNames[kind]}`).join('、');
    const parts = [
      added.length > 0 ? `新增 ${counted(added)}` : '',
      overridden.length > 0 ? `替换 ${counted(overridden)}` : '',
    ].filter((part) => part !== '');
    return parts.length > 0 ? parts.join('；') : '未新增或替换任何内容';
  },
  overlayDescription: (description) => `说明：${description}`,
  overlayUsed: '本决策中来自它的事实：',
  overlayUnused: '选定方案的事实均不来自它。',
  overlaySaid: {
    option: { added: '新增方案', overridden: '方案已替换' },
    value: { added: '新增取值', overridden: '取值已替换' },
    status: { added: '新增状态', overridden: '状态已替换' },
    source: { added: '新增来源', overridden: '来源已替换' },
    'case-study': { added: '新增案例', overridden: '案例已替换' },
    'stack-rule': { added: '新增组合规则', overridden: '组合规则已替换' },
  },
  overlayMeasured: (parts) => `实测（${parts.join('，')}）`,
  offload: (on) => (on ? '卸载开启' : '卸载关闭'),
  overlaySubject: (option, criterion) => (criterion === undefined ? option : `${option} 的${criterion}`),
  overlayFact: (subject, said, sources) =>
    `${subject}：${said.join('；')}${sources.length === 0 ? '' : `（来源：${sources.join('；')}）`}`,
};
