import { describe, expect, it } from 'vitest';
import type { RawFile } from '../../src/domain/knowledge';
import { knowledgeFiles, makeCriterion, makeOption, ref, text, problemsOf } from './builders';

/** A case study whose situation needs and flow steps name the given criterion and options. */
function filesWith(need: string, stepOptions: string[]): RawFile[] {
  const study = {
    id: 'acme',
    company: text('Acme'),
    industry: text('Retail'),
    year: 2017,
    summary: text('s'),
    scale: { other: [] },
    stack: [{ category: 'networking', options: ['bridge'], detail: text('d'), source: ref }],
    situation: {
      facts: [{ environment: { l2: true }, source: ref }],
      needs: [{ criterion: need, source: ref }],
    },
    flows: [
      {
        kind: 'traffic',
        steps: [
          { label: text('container') },
          ...stepOptions.map((option) => ({ label: text(option), option })),
        ],
        source: ref,
      },
    ],
    lessons: [],
    problems: [],
  };
  return knowledgeFiles(
    [makeCriterion('legacyInterop')],
    [makeOption('bridge', { legacyInterop: 3 })],
    [{ path: 'case-studies/acme.json', data: study }],
  );
}

describe('cross-checks of case-study situations and flows', () => {
  it('accepts needs that are criteria and flow steps that are options', () => {
    expect(problemsOf(filesWith('legacyInterop', ['bridge']))).toEqual([]);
  });

  it('names the file, the path and the value of an unknown need or flow option', () => {
    expect(problemsOf(filesWith('teleport', ['bridge', 'ghost']))).toEqual([
      'data/case-studies/acme.json: situation.needs[0].criterion: unknown criterion "teleport"',
      'data/case-studies/acme.json: flows[0].steps[2].option: unknown option "ghost"',
    ]);
  });
});
