import { describe, expect, it } from 'vitest';
import { readKnowledge } from '../../src/cli/read-knowledge';
import type { EnvMatch } from '../../src/domain/schemas';
import { describeAlternatives, describeCondition, questionLabel } from '../../src/words';

const { environment } = readKnowledge();

describe('describeCondition', () => {
  it.each<[string, EnvMatch, string]>([
    ['a flag', { udpOffload: true }, 'VXLAN/UDP offload on NICs: yes'],
    ['a negated flag', { l2: false }, 'L2 access you control: no'],
    ['a kernel floor', { kernelAtLeast: '3.16' }, 'Host kernel ≥ 3.16'],
    ['host counts', { hostsAtLeast: 3, hostsBelow: 51 }, 'Number of hosts ≥ 3 and Number of hosts < 51'],
    [
      'clouds',
      { cloud: ['private', 'bare-metal'] },
      'Where the hosts run: private data centre or bare metal',
    ],
    [
      'orchestrators by their shown names, then flags, then the kernel',
      { kernelAtLeast: '4.2', bgp: true, orchestrator: ['kubernetes', 'none'] },
      'Orchestrator: Kubernetes or Docker Engine only and BGP peering available: yes and Host kernel ≥ 4.2',
    ],
  ])('%s', (_, match, text) => {
    expect(describeCondition(match, environment, 'en')).toBe(text);
  });

  it.each([
    ['zh', '编排系统: 仅 Docker Engine 且 主机所在环境: 公有云 且 网卡 VXLAN/UDP 卸载: 是 且 主机内核 ≥ 4.2'],
    [
      'ru',
      'Оркестратор: Только Docker Engine и Где работают хосты: публичное облако и Аппаратная разгрузка VXLAN/UDP: да и Ядро хоста ≥ 4.2',
    ],
  ] as const)('speaks %s', (language, text) => {
    const match: EnvMatch = {
      orchestrator: ['none'],
      cloud: ['public'],
      udpOffload: true,
      kernelAtLeast: '4.2',
    };
    expect(describeCondition(match, environment, language)).toBe(text);
  });
});

describe('describeAlternatives', () => {
  it('joins alternatives with "or", bracketing only those of several keys', () => {
    expect(describeAlternatives([{ l2: true }], environment, 'en')).toBe('L2 access you control: yes');
    expect(describeAlternatives([{ bgp: true }, { l2: true }], environment, 'en')).toBe(
      'BGP peering available: yes or L2 access you control: yes',
    );
    expect(
      describeAlternatives([{ bgp: true, kernelAtLeast: '4.2' }, { sriov: true }], environment, 'en'),
    ).toBe('(BGP peering available: yes and Host kernel ≥ 4.2) or SR-IOV NICs: yes');
  });

  it.each([
    ['zh', '(可用 BGP: 是 且 主机内核 ≥ 4.2) 或 SR-IOV 网卡: 是'],
    ['ru', '(Доступен BGP: да и Ядро хоста ≥ 4.2) или NIC с SR-IOV: да'],
  ] as const)('speaks %s', (language, text) => {
    expect(
      describeAlternatives([{ bgp: true, kernelAtLeast: '4.2' }, { sriov: true }], environment, language),
    ).toBe(text);
  });
});

describe('questionLabel', () => {
  it('uses the questionnaire’s label, and the key while the label is not loaded', () => {
    expect(questionLabel(environment, 'l2', 'ru')).toBe('Управляемый L2');
    expect(questionLabel({ ...environment, questions: [] }, 'l2', 'ru')).toBe('l2');
  });
});
