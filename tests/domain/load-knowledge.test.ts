import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/domain/knowledge';
import { knowledgeFiles, makeCriterion, makeOption, ref, problemsOf } from './builders';

const criteria = [makeCriterion('throughput'), makeCriterion('simplicity')];

describe('loadKnowledge', () => {
  it('accepts a consistent knowledge base and indexes it', () => {
    const kb = loadKnowledge(knowledgeFiles(criteria, [makeOption('a', { throughput: 1, simplicity: 2 })]));
    expect(kb.optionById.get('a')?.name).toBe('A');
    expect(kb.criteriaByCategory.get('networking')?.map((c) => c.id)).toEqual(['simplicity', 'throughput']);
  });

  it('names the file and the field of a schema violation', () => {
    const bad = makeOption('a', { throughput: 7, simplicity: 2 });
    expect(problemsOf(knowledgeFiles(criteria, [bad]))).toMatchInlineSnapshot(`
      [
        "data/solutions/networking/a.json:
      ✖ Too big: expected number to be <=4
        → at values.throughput.level",
      ]
    `);
  });

  it('requires a value for every criterion of the category and rejects foreign ones', () => {
    const option = makeOption('a', { throughput: 1, fixedIp: 2 });
    expect(problemsOf(knowledgeFiles(criteria, [option]))).toEqual([
      'data/solutions/networking/a.json: values.simplicity: missing (every networking criterion needs a value and a source)',
      'data/solutions/networking/a.json: values.fixedIp: unknown criterion',
    ]);
  });

  it('rejects unknown sources, ids that do not match the file name and wrong folders', () => {
    const option = makeOption('a', {
      throughput: 1,
      simplicity: { level: 2, source: { source: 'nowhere', section: 'x' } },
    });
    const files = knowledgeFiles(criteria, [option]).map((f) =>
      f.path === 'solutions/networking/a.json' ? { ...f, path: 'solutions/logging/b.json' } : f,
    );
    expect(problemsOf(files)).toEqual([
      'data/solutions/logging/b.json: id "a" does not match the file name',
      'data/solutions/logging/b.json: category "networking" does not match folder "logging"',
      'data/solutions/logging/b.json: values.simplicity.source.source: unknown source "nowhere"',
    ]);
  });

  it('checks that case studies reference existing options of the right category', () => {
    const study = {
      id: 'acme',
      company: { en: 'Acme', zh: 'Acme', ru: 'Acme' },
      industry: { en: 'Retail', zh: '零售', ru: 'Ритейл' },
      year: 2017,
      summary: { en: 's', zh: 's', ru: 's' },
      scale: { other: [] },
      stack: [
        {
          category: 'orchestration',
          options: ['a', 'ghost'],
          detail: { en: 'd', zh: 'd', ru: 'd' },
          source: ref,
        },
      ],
      lessons: [],
      problems: [],
    };
    const files = knowledgeFiles(
      criteria,
      [makeOption('a', { throughput: 1, simplicity: 2 })],
      [{ path: 'case-studies/acme.json', data: study }],
    );
    expect(problemsOf(files)).toEqual([
      'data/case-studies/acme.json: stack[0].options: "a" is networking, not orchestration',
      'data/case-studies/acme.json: stack[0].options: unknown option "ghost"',
    ]);
  });

  it('reports a file in an unknown place', () => {
    expect(problemsOf(knowledgeFiles(criteria, [], [{ path: 'misc/x.json', data: {} }]))).toEqual([
      'data/misc/x.json: not a known knowledge file location',
    ]);
  });
});
