import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { decisionData, recordContent, type RecordOverlay } from '../../src/domain/decision';
import type { Knowledge } from '../../src/domain/knowledge';
import { applyOverlay } from '../../src/domain/overlay';
import { profileSchema, type OptionId, type Profile } from '../../src/domain/schemas';
import { readDataDir } from '../../src/node/read-data-dir';

// A record lists the overlay its knowledge carries: who wrote it, the hash of its text, what it
// added and replaced, and which of the record's own facts (the chosen options, their statuses,
// their values and measurements on the criteria that count) came from it.

const base = readDataDir(join(process.cwd(), 'data'));
const exampleText = readFileSync('examples/acme-dc.overlay.json', 'utf8');
const example = JSON.parse(exampleText) as Record<string, unknown>;
const profile: Profile = profileSchema.parse(
  JSON.parse(readFileSync('examples/acme-dc.profile.json', 'utf8')),
);
const SAMPLES = { samples: 100 };

function overlaid(text: string): Knowledge {
  const result = applyOverlay(base, text, 'acme-dc.overlay.json');
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.knowledge;
}

const overlayOf = (kb: Knowledge, choices: Profile['choices'] = {}): RecordOverlay | undefined =>
  recordContent(kb, decisionData(kb, { ...profile, choices }, 'weighted', SAMPLES)).overlay;

/** The used facts as [option, criterion, kind, change, id], in record order. */
const used = (overlay: RecordOverlay | undefined) =>
  overlay?.used.map((u) => [u.option.id, u.criterion, u.fact.kind, u.fact.change, u.fact.id]);

const kb = overlaid(exampleText);

describe('the overlay in a record', () => {
  it('names the overlay, its owner and the SHA-256 of its text', () => {
    const overlay = overlayOf(kb);
    expect(overlay).toMatchObject({
      name: 'acme-dc',
      owner: 'Acme platform team <platform@acme.example>',
      sha256: createHash('sha256').update(exampleText, 'utf8').digest('hex'),
    });
    expect(overlay?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(overlay?.description).toMatch(/^Acme's own evidence/);
  });

  it('counts what it added and replaced, per kind, in a fixed order', () => {
    const overlay = overlayOf(kb);
    expect(overlay?.added).toEqual([
      { kind: 'source', count: 3 },
      { kind: 'option', count: 1 },
      { kind: 'benchmark', count: 1 },
    ]);
    expect(overlay?.overridden).toEqual([{ kind: 'status', count: 1 }]);
  });

  it('lists the chosen option’s measurement that its benchmark feeds', () => {
    expect(used(overlayOf(kb))).toEqual([
      ['calico-bgp', 'throughput', 'benchmark', 'added', 'acme-dc-iperf-2026-10'],
    ]);
  });

  it('says an added option once, then its measured values', () => {
    expect(used(overlayOf(kb, { networking: 'acme-cni' as OptionId }))).toEqual([
      ['acme-cni', undefined, 'option', 'added', 'acme-cni'],
      ['acme-cni', 'throughput', 'benchmark', 'added', 'acme-dc-iperf-2026-10'],
    ]);
  });

  it('lists a replaced status of a chosen option, and a replaced value on a criterion that counts', () => {
    expect(used(overlayOf(kb, { networking: 'canal' as OptionId }))).toEqual([
      ['canal', undefined, 'status', 'overridden', 'canal'],
    ]);
    const patched = overlaid(
      JSON.stringify({
        ...example,
        values: [
          {
            option: 'calico-bgp',
            criterion: 'simplicity',
            override: true,
            value: { level: 3, source: { source: 'acme-adr-017', section: 'Context' } },
          },
        ],
      }),
    );
    const overlay = overlayOf(patched);
    expect(used(overlay)).toEqual([
      ['calico-bgp', 'simplicity', 'value', 'overridden', 'calico-bgp'],
      ['calico-bgp', 'throughput', 'benchmark', 'added', 'acme-dc-iperf-2026-10'],
    ]);
    expect(overlay?.overridden).toEqual([
      { kind: 'value', count: 1 },
      { kind: 'status', count: 1 },
    ]);
  });

  it('lists only the covered layers’ facts', () => {
    const data = decisionData(kb, profile, 'weighted', SAMPLES);
    const without = recordContent(kb, data, {
      categories: data.stackCategories.filter((c) => c !== 'networking'),
    });
    expect(without.overlay?.name).toBe('acme-dc');
    expect(without.overlay?.used).toEqual([]);
  });

  it('is absent when the knowledge carries no overlay', () => {
    const plain = readKnowledge();
    expect(plain.overlay).toBeUndefined();
    const content = recordContent(plain, decisionData(plain, profile, 'weighted', SAMPLES));
    expect(content.overlay).toBeUndefined();
  });
});
