import type { OverlayCount } from '../../domain/decision';
import type { OverlayFactKind } from '../../domain/overlay';
import type { RecordTexts } from './record-texts';

/** An overlay's kinds as counted: singular, plural. */
const kindNames: Record<OverlayFactKind, [string, string]> = {
  source: ['source', 'sources'],
  option: ['option', 'options'],
  value: ['value', 'values'],
  status: ['status', 'statuses'],
  benchmark: ['benchmark', 'benchmarks'],
  'case-study': ['case study', 'case studies'],
  'stack-rule': ['stack rule', 'stack rules'],
};

/** The decision record's words in English. */
export const recordTextsEn: RecordTexts = {
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
  overlay: 'Knowledge overlay',
  overlaySummary: (name, owner, sha256, changes) =>
    `Knowledge overlay “${name}” (${owner}), SHA-256 ${sha256}: ${changes}.`,
  overlayChanges: (added, overridden) => {
    const counted = (counts: readonly OverlayCount[]) =>
      counts.map(({ kind, count }) => `${count} ${kindNames[kind][count === 1 ? 0 : 1]}`).join(', ');
    const parts = [
      added.length > 0 ? `${counted(added)} added` : '',
      overridden.length > 0 ? `${counted(overridden)} replaced` : '',
    ].filter((part) => part !== '');
    return parts.length > 0 ? parts.join('; ') : 'nothing added or replaced';
  },
  overlayDescription: (description) => `Description: ${description}`,
  overlayUsed: 'Facts from it in this decision:',
  overlayUnused: 'No fact about the chosen options comes from it.',
  overlaySaid: {
    option: { added: 'option added', overridden: 'option replaced' },
    value: { added: 'value added', overridden: 'value replaced' },
    status: { added: 'status added', overridden: 'status replaced' },
    source: { added: 'source added', overridden: 'source replaced' },
    'case-study': { added: 'case study added', overridden: 'case study replaced' },
    'stack-rule': { added: 'stack rule added', overridden: 'stack rule replaced' },
  },
  overlayMeasured: (parts) => `measured (${parts.join(', ')})`,
  offload: (on) => (on ? 'offload on' : 'offload off'),
  overlaySubject: (option, criterion) => (criterion === undefined ? option : `${option}, ${criterion}`),
  overlayFact: (subject, said, sources) =>
    `${subject}: ${said.join('; ')}${sources.length === 0 ? '' : ` — ${sources.length > 1 ? 'sources' : 'source'}: ${sources.join('; ')}`}`,
};
