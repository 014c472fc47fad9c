import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import { pluginRequirement } from '../../src/domain/knowledge/plugin-requirement';
import { profileSchema, type Language, type Solution } from '../../src/domain/schemas';
import { rank, type ExclusionReason } from '../../src/domain/scoring';
import { describeReason } from '../../src/words';

const kb = readKnowledge();

// Swarm on a public cloud without BGP or L2, needing cross-host networking: one option of each kind out.
const { excluded } = rank(
  kb,
  profileSchema.parse({
    version: 1,
    environment: { orchestrator: 'swarm', cloud: 'public', bgp: false, l2: false },
    weights: {},
    mustHave: ['crossHost'],
  }),
  { category: 'networking', method: 'weighted' },
);
const reasonOf = (id: string, kind: ExclusionReason['kind']): ExclusionReason => {
  const reason = excluded.find((o) => o.id === id)?.reasons.find((r) => r.kind === kind);
  if (!reason) throw new Error(`${id} is not excluded for ${kind}`);
  return reason;
};

describe('the plugin-model requirement', () => {
  const requirement = kb.optionById.get('calico-bgp')?.requires.find((r) => r.origin === 'pluginModel');

  it.each<[Language, string]>([
    ['en', 'fits only the CNI plugin model, which kubernetes, mesos, nomad accept'],
    ['zh', '只适配 CNI 插件模型，适用于 kubernetes、mesos、nomad'],
    ['ru', 'подходит только к модели плагинов CNI; её принимают: kubernetes, mesos, nomad'],
  ])('is worded from the knowledge data in %s', (language, text) => {
    expect(requirement?.reason[language]).toBe(text);
  });

  it('names the short model names and says when no orchestrator accepts them', () => {
    const option = { pluginModels: { models: ['cnm', 'docker'], source: { source: 's', section: 's' } } };
    const nobody = {
      ...kb.environment,
      orchestrators: kb.environment.orchestrators.map((o) => ({ ...o, pluginModels: [] })),
    };
    expect(pluginRequirement(option as unknown as Solution, nobody)?.reason).toEqual({
      en: 'fits only the CNM / plain Docker plugin model, which no orchestrator accept',
      zh: '只适配 CNM / plain Docker 插件模型，适用于 无',
      ru: 'подходит только к модели плагинов CNM / plain Docker; её принимают: никто',
    });
  });
});

describe('describeReason', () => {
  it('pluginModel: by keys for the CLI, in the questionnaire’s words for the app', () => {
    const reason = reasonOf('antrea', 'pluginModel');
    const source =
      'source: antrea.io/antrea/v2 v2.7.0 module page and README (pkg.go.dev) (2026), README — Overview';
    expect(describeReason(kb, reason)).toBe(
      `fits only the CNI plugin model, which kubernetes, mesos, nomad accept (environment.orchestrator is "swarm", needs "kubernetes" or "mesos" or "nomad") — ${source}`,
    );
    expect(describeReason(kb, reason, 'en', true)).toBe(
      `fits only the CNI plugin model, which kubernetes, mesos, nomad accept (Orchestrator: Docker Swarm, needs Kubernetes or Apache Mesos or HashiCorp Nomad) — ${source}`,
    );
    expect(describeReason(kb, reason, 'zh', true)).toContain(
      '只适配 CNI 插件模型，适用于 kubernetes、mesos、nomad (编排系统: Docker Swarm, 需要 Kubernetes 或 Apache Mesos 或 HashiCorp Nomad) — 来源: ',
    );
    expect(describeReason(kb, reason, 'ru', true)).toContain(
      '(Оркестратор: Docker Swarm, нужно Kubernetes или Apache Mesos или HashiCorp Nomad) — источник: ',
    );
  });

  it('environment: each contradicted fact with what was needed', () => {
    const reason = reasonOf('calico-bgp', 'environment');
    expect(describeReason(kb, reason)).toContain(
      '(environment.bgp is false, needs true; environment.l2 is false, needs true) — source: ',
    );
    expect(describeReason(kb, reason, 'en', true)).toContain(
      '(BGP peering available: no, needs yes; L2 access you control: no, needs yes) — source: ',
    );
    expect(describeReason(kb, reason, 'zh', true)).toContain(
      '(可用 BGP: 否, 需要 是; 可控的二层网络: 否, 需要 是) — 来源: ',
    );
    expect(describeReason(kb, reason, 'ru', true)).toContain(
      '(Доступен BGP: нет, нужно да; Управляемый L2: нет, нужно да) — источник: ',
    );
  });

  it.each<[Language, string]>([
    ['en', 'must-have "Cross-host" not met (level 1, needs 3): '],
    ['zh', '必需项“跨主机”未满足（等级 1，需要 3）: '],
    ['ru', 'обязательный критерий «Межхостовая связь» не выполнен (уровень 1, нужно 3): '],
  ])('mustHave in %s: the criterion, the level and what was needed', (language, start) => {
    expect(describeReason(kb, reasonOf('docker-bridge', 'mustHave'), language, true).startsWith(start)).toBe(
      true,
    );
  });

  it.each<[Language, string]>([
    ['en', 'project removed (as of 2022-10): '],
    ['zh', '项目已移除（截至 2022-10）: '],
    ['ru', 'проект удалён (на 2022-10): '],
  ])('lifecycle in %s: the state by its shared name and the date', (language, start) => {
    expect(describeReason(kb, reasonOf('flannel-aws-vpc', 'lifecycle'), language).startsWith(start)).toBe(
      true,
    );
  });

  it('names the seed file for the CLI and leaves it out for the app', () => {
    const reason = reasonOf('docker-bridge', 'mustHave');
    expect(describeReason(kb, reason)).toContain('[004_04f6043f6078430a.txt]');
    expect(describeReason(kb, reason, 'en', true)).not.toContain('.txt]');
  });
});
