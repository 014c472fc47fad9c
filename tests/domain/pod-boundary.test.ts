import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { podBoundaries } from '../../src/domain/schemas/solution';

// Where pod addresses meet the intranet, checked on the real knowledge base.
const kb = readKnowledge();
const networking = kb.optionsByCategory.get('networking') ?? [];
const kindOf = (id: string) => kb.optionById.get(id)?.podBoundary?.kind;

describe('pod boundary of the networking options', () => {
  it('is given, sourced and explained for every networking option', () => {
    expect(networking.length).toBeGreaterThan(0);
    for (const option of networking) {
      const boundary = option.podBoundary;
      expect(boundary, option.id).toBeDefined();
      expect(podBoundaries, option.id).toContain(boundary?.kind);
      expect(kb.sourceById.has(boundary?.source.source ?? ''), option.id).toBe(true);
      expect(boundary?.source.quote?.length ?? 0, option.id).toBeGreaterThan(0);
      for (const text of Object.values(boundary?.note ?? {}))
        expect(text.length, option.id).toBeGreaterThan(0);
    }
  });

  it('is only given for networking options', () => {
    for (const option of kb.options)
      if (option.category !== 'networking') expect(option.podBoundary, option.id).toBeUndefined();
  });

  // Seed 000/001/002/004: macvlan/ipvlan and Linux bridge on the business subnet put containers on
  // the intranet segment; Calico BGP makes container IPs reachable from outside; flannel overlays
  // and Swarm's native VXLAN (like flannel VXLAN) reach the intranet through the host (NAT).
  it.each([
    ['macvlan', 'l2'],
    ['ipvlan', 'l2'],
    ['linux-bridge-vlan', 'l2'],
    ['calico-bgp', 'routed'],
    ['flannel-vxlan', 'nat'],
    ['docker-overlay', 'nat'],
  ] as const)('%s is %s, as the seed sources describe it', (id, kind) => {
    expect(kindOf(id)).toBe(kind);
  });
});
