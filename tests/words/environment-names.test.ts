import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { clouds, languages } from '../../src/domain/schemas';
import { cloudName, cloudNames, maintenanceStateNames, orchestratorName } from '../../src/words';

const { environment } = readKnowledge();

describe('cloud names', () => {
  it.each([
    ['en', 'public cloud', 'Hybrid cloud'],
    ['zh', '公有云', '混合云'],
    ['ru', 'публичное облако', 'Гибридное облако'],
  ] as const)('in %s: mid-sentence and as a choice label', (language, inSentence, label) => {
    expect(cloudName('public', language)).toBe(inSentence);
    expect(cloudName('hybrid', language, true)).toBe(label);
  });

  it('names every cloud in every language, each differently', () => {
    for (const language of languages) {
      const names = clouds.map((c) => cloudNames[language][c]);
      expect(names.every((n) => n.trim() !== '')).toBe(true);
      expect(new Set(names).size).toBe(clouds.length);
    }
  });
});

describe('orchestratorName', () => {
  it.each([
    ['en', 'Docker Engine only'],
    ['zh', '仅 Docker Engine'],
    ['ru', 'Только Docker Engine'],
  ] as const)('translates the words of a name in %s', (language, name) => {
    expect(orchestratorName(environment, 'none', language)).toBe(name);
  });

  it('keeps a product name, and shows an id the data lacks as given', () => {
    expect(orchestratorName(environment, 'kubernetes', 'zh')).toBe('Kubernetes');
    expect(orchestratorName(environment, 'borg', 'ru')).toBe('borg');
  });
});

describe('maintenance state names', () => {
  it.each([
    ['en', 'maintenance only', 'archived'],
    ['zh', '仅维护', '已归档'],
    ['ru', 'только поддержка', 'в архиве'],
  ] as const)('in %s', (language, maintenance, archived) => {
    expect(maintenanceStateNames[language].maintenance).toBe(maintenance);
    expect(maintenanceStateNames[language].archived).toBe(archived);
  });

  it('has the same states in every language', () => {
    const states = Object.keys(maintenanceStateNames.en);
    for (const language of languages) expect(Object.keys(maintenanceStateNames[language])).toEqual(states);
  });
});
