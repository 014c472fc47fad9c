import { describe, expect, it } from 'vitest';
import {
  caseSimilarity,
  orderCases,
  scaleAgreement,
  studySize,
  type CaseSimilarity,
  type Point,
  type Unstated,
} from '../../src/domain/cases';
import { caseStudySchema, profileSchema, type CaseStudy, type Profile } from '../../src/domain/schemas';
import { makeCriterion, makeKnowledge, makeOption, ref, text } from './builders';

const kb = makeKnowledge(
  ['crossHost', 'fixedIp', 'legacyInterop', 'throughput'].map((id) => makeCriterion(id)),
  [
    makeOption('kube', {}, { category: 'orchestration' }),
    makeOption('marathon', {}, { category: 'orchestration' }),
  ],
  [
    {
      path: 'stack-rules.json',
      data: {
        orchestrators: [
          { option: 'kube', orchestrator: 'kubernetes', source: ref },
          { option: 'marathon', orchestrator: 'mesos', source: ref },
        ],
        rules: [],
      },
    },
  ],
);

interface StudySpec {
  facts?: Record<string, unknown>[];
  needs?: string[];
  orchestration?: string[];
  hosts?: [number, string];
  containers?: [number, string];
}

/** A case study stating the given facts (one per entry), needs, orchestration options and size. */
function makeStudy(id: string, spec: StudySpec = {}): CaseStudy {
  const figure = (f: [number, string] | undefined) => f && { value: f[0], qualifier: f[1], source: ref };
  return caseStudySchema.parse({
    id,
    company: text(id),
    industry: text('industry'),
    year: 2017,
    summary: text('summary'),
    scale: { hosts: figure(spec.hosts), containers: figure(spec.containers), other: [] },
    stack: [{ category: 'orchestration', options: spec.orchestration ?? [], detail: text('d'), source: ref }],
    situation: {
      facts: (spec.facts ?? []).map((environment) => ({ environment, source: ref })),
      needs: (spec.needs ?? []).map((criterion) => ({ criterion, source: ref })),
    },
    lessons: [],
    problems: [],
  });
}

const makeProfile = (over: Record<string, unknown>): Profile => profileSchema.parse({ version: 1, ...over });
const keyOf = (p: Point | Unstated | CaseSimilarity['open'][number]): string =>
  p.kind === 'environment' ? p.key : p.kind === 'need' ? p.criterion : 'scale';
const similarity = (profile: Record<string, unknown>, study: StudySpec) =>
  caseSimilarity(kb, makeProfile(profile), makeStudy('acme', study));

describe('caseSimilarity: environment facts', () => {
  it.each<[string, Record<string, unknown>, StudySpec, string[], string[], number]>([
    ['same L2 answer', { l2: true }, { facts: [{ l2: true }] }, ['l2'], [], 0.75],
    ['different L2 answer', { l2: true }, { facts: [{ l2: false }] }, [], ['l2'], 0.25],
    [
      'one of two facts differs',
      { l2: true, bgp: false },
      { facts: [{ l2: true }, { bgp: true }] },
      ['l2'],
      ['bgp'],
      0.5,
    ],
    [
      'private DC and bare metal are near',
      { cloud: 'private' },
      { facts: [{ cloud: 'bare-metal' }] },
      ['cloud'],
      [],
      0.5,
    ],
    [
      'public cloud and private DC differ',
      { cloud: 'public' },
      { facts: [{ cloud: 'private' }] },
      [],
      ['cloud'],
      0.25,
    ],
    [
      'orchestrator read off the stack',
      { orchestrator: 'kubernetes' },
      { orchestration: ['kube'] },
      ['orchestrator'],
      [],
      0.75,
    ],
    [
      'other orchestrator in the stack',
      { orchestrator: 'mesos' },
      { orchestration: ['kube'] },
      [],
      ['orchestrator'],
      0.25,
    ],
    [
      'a stated orchestrator wins over the stack',
      { orchestrator: 'mesos' },
      { facts: [{ orchestrator: 'mesos' }], orchestration: ['kube'] },
      ['orchestrator'],
      [],
      0.75,
    ],
    [
      'either of two orchestrators in the stack',
      { orchestrator: 'mesos' },
      { orchestration: ['kube', 'marathon'] },
      ['orchestrator'],
      [],
      0.75,
    ],
  ])('%s', (_, environment, study, shared, differences, score) => {
    const result = similarity({ environment }, study);
    expect(result.shared.map(keyOf)).toEqual(shared);
    expect(result.differences.map(keyOf)).toEqual(differences);
    expect(result.score).toBeCloseTo(score, 9);
  });

  it('neither punishes nor rewards a fact the case does not state: it is reported, not counted', () => {
    const study = { facts: [{ l2: true }] };
    const few = similarity({ environment: { l2: true } }, study);
    const more = similarity({ environment: { l2: true, bgp: false, cloud: 'private' } }, study);
    expect(more.score).toBe(few.score);
    expect(more.compared).toBe(1);
    expect(more.notStated).toEqual([
      { kind: 'environment', key: 'cloud', profile: 'private' },
      { kind: 'environment', key: 'bgp', profile: false },
    ]);
  });

  it('leaves out what the profile leaves unknown, reporting it as open', () => {
    const result = similarity({ environment: {} }, { facts: [{ l2: true }], orchestration: ['kube'] });
    expect(result.score).toBeUndefined();
    expect(result.compared).toBe(0);
    expect(result.open.map(keyOf)).toEqual(['orchestrator', 'l2']);
    expect(result.open[0]).toMatchObject({ study: ['kubernetes'] });
  });
});

describe('caseSimilarity: needs', () => {
  it.each<[string, Record<string, unknown>, 'shared' | 'differences' | 'open', number | undefined]>([
    ['a must-have of yours', { mustHave: ['legacyInterop'] }, 'shared', 1],
    ['weighted 4 of 5', { weights: { legacyInterop: 4 } }, 'shared', 0.8],
    ['weighted 1 of 5', { weights: { legacyInterop: 1 } }, 'differences', 0.2],
    ['not weighted while the category is', { weights: { throughput: 5 } }, 'differences', 0],
    ['no weight in the category at all', {}, 'open', undefined],
  ])('the case needed legacy interop; you: %s', (_, profile, list, agreement) => {
    const result = similarity(profile, { needs: ['legacyInterop'] });
    const found = [...result.shared, ...result.differences].find((p) => keyOf(p) === 'legacyInterop');
    if (list === 'open') expect(result.open.map(keyOf)).toEqual(['legacyInterop']);
    else expect(result[list].map(keyOf)).toContain('legacyInterop');
    expect(found?.agreement).toBe(agreement);
  });

  it('reports your must-haves and top weights that the case does not state', () => {
    const result = similarity(
      { weights: { throughput: 5, fixedIp: 4 }, mustHave: ['crossHost'] },
      { needs: ['fixedIp'] },
    );
    expect(result.notStated.map(keyOf)).toEqual(['crossHost', 'throughput']);
    expect(result.shared.map(keyOf)).toEqual(['fixedIp']);
  });
});

describe('caseSimilarity: scale on a log scale', () => {
  it.each<[string, number, StudySpec, number]>([
    ['same host count', 1000, { hosts: [1000, 'approx'] }, 1],
    ['ten times fewer hosts', 100, { hosts: [1000, 'exact'] }, 0.5],
    ['a hundred times fewer hosts', 10, { hosts: [1000, 'exact'] }, 0],
    ['above an "at least" figure', 5000, { hosts: [1000, 'atLeast'] }, 1],
    ['within what 15,000 containers need', 500, { containers: [15000, 'approx'] }, 1],
    ['ten times more hosts than containers', 150000, { containers: [15000, 'approx'] }, 0.5],
  ])('%s', (_, hosts, study, agreement) => {
    const size = studySize(makeStudy('acme', study));
    if (!size) throw new Error('a size is expected');
    expect(scaleAgreement(hosts, size)).toBeCloseTo(agreement, 9);
    const result = similarity({ environment: { hosts } }, study);
    expect(result.compared).toBe(1);
    expect(result[agreement >= 0.5 ? 'shared' : 'differences'].map(keyOf)).toEqual(['scale']);
  });

  it('without figures on one side, scale is not stated or open', () => {
    expect(similarity({ environment: { hosts: 40 } }, {}).notStated).toEqual([{ kind: 'scale', hosts: 40 }]);
    expect(similarity({}, { hosts: [40, 'exact'] }).open.map(keyOf)).toEqual(['scale']);
  });
});

describe('orderCases', () => {
  const profile = makeProfile({ environment: { l2: true, cloud: 'private' }, mustHave: ['legacyInterop'] });

  it('puts the most similar first, cases with nothing to compare last, and ties by id', () => {
    const studies = [
      makeStudy('zeta', { facts: [{ l2: true }] }),
      makeStudy('alpha', { facts: [{ l2: true }] }),
      makeStudy('mute'),
      makeStudy('apart', { facts: [{ l2: false }, { cloud: 'public' }] }),
      makeStudy('close', { facts: [{ l2: true }, { cloud: 'private' }], needs: ['legacyInterop'] }),
    ];
    const ordered = orderCases(kb, profile, studies);
    expect(ordered.map((s) => s.id)).toEqual(['close', 'alpha', 'zeta', 'apart', 'mute']);
    expect(ordered.map((s) => s.score)).toEqual([0.875, 0.75, 0.75, 1 / 6, undefined]);
  });

  it('ranks several matching facts above a single one, though both match on all they state', () => {
    const one = makeStudy('a-one', { facts: [{ l2: true }] });
    const three = makeStudy('b-three', {
      facts: [{ l2: true }, { cloud: 'private' }],
      needs: ['legacyInterop'],
    });
    expect(orderCases(kb, profile, [one, three]).map((s) => s.id)).toEqual(['b-three', 'a-one']);
  });
});

describe('caseSimilarity: needs you give no weight', () => {
  it('count as differences, but a quarter as much as a need you weight', () => {
    const profile = { environment: { l2: true }, weights: { legacyInterop: 5 } };
    const many = similarity(profile, {
      facts: [{ l2: true }],
      needs: ['legacyInterop', 'crossHost', 'fixedIp', 'throughput'],
    });
    // (l2 1 + legacyInterop 1 + three unweighted needs × ¼ × 0 + prior ½) / (1 + 1 + ¾ + 1)
    expect(many.score).toBeCloseTo(2.5 / 3.75, 9);
    expect(many.differences.map(keyOf).sort()).toEqual(['crossHost', 'fixedIp', 'throughput']);
    const few = similarity(profile, { facts: [{ l2: true }], needs: ['legacyInterop'] });
    expect(few.score).toBeCloseTo(2.5 / 3, 9);
    // Counted in full they would pull the case to (2 + ½) / (5 + 1).
    expect(many.score ?? 0).toBeGreaterThan(2.5 / 6);
  });
});
