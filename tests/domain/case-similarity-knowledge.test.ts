import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { caseSimilarity, orderCases, type CaseSimilarity } from '../../src/domain/cases';
import type { Profile } from '../../src/domain/schemas';

const kb = readKnowledge();

const preset = (id: string): Profile => {
  const found = kb.presets.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.profile;
};
const study = (id: string) => {
  const found = kb.caseStudies.find((s) => s.id === id);
  if (!found) throw new Error(`no case study ${id}`);
  return found;
};
/** "l2=true", "cloud=private", "need:legacyInterop". */
const names = (points: CaseSimilarity['shared']) =>
  points.map((p) =>
    p.kind === 'environment'
      ? `${p.key}=${String(p.profile)}`
      : p.kind === 'need'
        ? `need:${p.criterion}`
        : 'scale',
  );

describe('case similarity on the real case studies', () => {
  it('every case study records its situation and flows, even when the sources state nothing', () => {
    for (const s of kb.caseStudies) {
      expect(s.situation, s.id).toBeDefined();
      expect(s.flows, s.id).toBeDefined();
    }
  });

  describe('private data centre with L2 access and legacy reachability (seeds 003, 004)', () => {
    const profile = preset('private-dc-l2');
    const ordered = orderCases(kb, profile);
    const top3 = ordered.slice(0, 3).map((s) => s.id);

    it('the profile asks for legacy interop', () => {
      const weighted = Object.entries(profile.weights).some(([id, w]) => id === 'legacyInterop' && w > 0);
      expect(weighted || profile.mustHave.some((id) => id === 'legacyInterop')).toBe(true);
    });

    it('puts PPTV (Linux bridge on the business subnet) and Shurenyun (macvlan) in the top 3', () => {
      expect(top3).toContain('pptv');
      expect(top3).toContain('shurenyun');
    });

    it('explains PPTV by L2, a private data centre and legacy interop, with nothing different', () => {
      const pptv = caseSimilarity(kb, profile, study('pptv'));
      expect(names(pptv.shared)).toEqual(
        expect.arrayContaining(['l2=true', 'cloud=private', 'need:legacyInterop']),
      );
      expect(pptv.differences).toEqual([]);
      expect(pptv.notStated.map((u) => (u.kind === 'environment' ? u.key : u.kind))).toContain('bgp');
    });

    it('explains Shurenyun by L2 and legacy interop besides its other needs', () => {
      const shurenyun = caseSimilarity(kb, profile, study('shurenyun'));
      expect(names(shurenyun.shared)).toEqual(
        expect.arrayContaining(['l2=true', 'need:legacyInterop', 'need:ipPerContainer']),
      );
      expect(shurenyun.differences).toEqual([]);
    });

    it('no longer ranks a case whose only entry is Kubernetes: there is nothing to compare', () => {
      const didi = ordered.find((s) => s.id === 'didi');
      expect(didi?.score).toBeUndefined();
      expect(didi?.open).toEqual([expect.objectContaining({ kind: 'environment', key: 'orchestrator' })]);
      expect(ordered.slice(-3).map((s) => s.id)).toContain('didi');
    });
  });

  it('for a public cloud without L2, PPTV differs on where the hosts run and on L2 and sinks', () => {
    const ordered = orderCases(kb, preset('public-cloud-no-bgp'));
    const pptv = ordered.find((s) => s.id === 'pptv');
    expect(names(pptv?.differences ?? [])).toEqual(expect.arrayContaining(['cloud=public', 'l2=false']));
    expect(ordered.findIndex((s) => s.id === 'pptv')).toBeGreaterThan(ordered.length / 2);
  });

  it('reads the orchestrator of a case off its orchestration layer (Ctrip runs Chronos on Mesos)', () => {
    const ctrip = caseSimilarity(kb, preset('mesos-shop'), study('ctrip'));
    expect(names(ctrip.shared)).toContain('orchestrator=mesos');
  });
});
