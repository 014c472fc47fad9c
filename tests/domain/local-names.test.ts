import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { displayName } from '../../src/domain/knowledge';
import { solutionSchema } from '../../src/domain/schemas';
import { makeOption } from './builders';

const kb = readKnowledge(join(process.cwd(), 'data'));
const named = [...kb.options, ...kb.environment.orchestrators];

describe('localized names', () => {
  it('refuses a localized name whose English differs from the canonical name', () => {
    const option = makeOption('a', {}, { localName: { en: 'B', zh: 'B（中）', ru: 'B (ру)' } });
    const result = solutionSchema.safeParse(option);
    expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual(
      ['localName.en: localName.en must repeat name'],
    );
  });

  it('falls back to the canonical name where there is nothing to translate', () => {
    const macvlan = kb.optionById.get('macvlan');
    expect(macvlan && displayName(macvlan, 'ru')).toBe('Macvlan');
  });

  it('writes Chinese qualifiers in full-width parentheses and commas', () => {
    const halfWidth = named.flatMap((o) =>
      o.localName && /[(),]/.test(o.localName.zh) ? [o.localName.zh] : [],
    );
    expect(halfWidth).toEqual([]);
  });

  it('gives a localized name only where both Chinese and Russian say it differently', () => {
    // A name made only of product and protocol names (Macvlan, Cilium (eBPF)) has none.
    const untranslated = named.flatMap((o) =>
      o.localName && (o.localName.zh === o.name || o.localName.ru === o.name) ? [o.name] : [],
    );
    expect(untranslated).toEqual([]);
  });
});
