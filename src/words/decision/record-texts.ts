import type { ChoiceOrigin, OverlayCount, RecordStatus } from '../../domain/decision';
import type { OverlayFact, OverlayFactKind } from '../../domain/overlay';
import type { Cloud, Language } from '../../domain/schemas';
import type { Method } from '../../domain/scoring';
import { recordTextsEn } from './record-texts-en';
import { recordTextsRu } from './record-texts-ru';
import { recordTextsZh } from './record-texts-zh';

/** The record's words in one language; the structure lives in record-blocks.ts. */
export interface RecordTexts {
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
  /** The knowledge overlay section's heading. */
  overlay: string;
  /** "Knowledge overlay “name” (owner), SHA-256 hash: what it added and replaced." */
  overlaySummary: (name: string, owner: string, sha256: string, changes: string) => string;
  /** What the overlay added and replaced, counted per kind; neither list is empty at once. */
  overlayChanges: (added: readonly OverlayCount[], overridden: readonly OverlayCount[]) => string;
  overlayDescription: (description: string) => string;
  overlayUsed: string;
  overlayUnused: string;
  /** What the overlay did to an option, its status or one of its values. */
  overlaySaid: Record<Exclude<OverlayFactKind, 'benchmark'>, Record<OverlayFact['change'], string>>;
  /** A measurement the value was drawn from: its date and title, then its conditions. */
  overlayMeasured: (parts: readonly string[]) => string;
  offload: (on: boolean) => string;
  /** The subject of a fact: an option, or an option's value on a criterion. */
  overlaySubject: (option: string, criterion: string | undefined) => string;
  /** One fact line: its subject, what the overlay set, the sources. */
  overlayFact: (subject: string, said: readonly string[], sources: readonly string[]) => string;
}

/** The record's words in every UI language. */
export const recordTexts: Record<Language, RecordTexts> = {
  en: recordTextsEn,
  zh: recordTextsZh,
  ru: recordTextsRu,
};
