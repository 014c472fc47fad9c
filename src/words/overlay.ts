import type { Knowledge } from '../domain/knowledge';
import type { OverlayFact, OverlayFactKind } from '../domain/overlay';
import type { Language } from '../domain/schemas';

type Said = Record<OverlayFactKind, Record<OverlayFact['change'], string>>;

const texts = {
  en: {
    from: (name: string, what: string) => `from overlay “${name}” (${what})`,
    list: '; ',
    parts: ', ',
    offload: (on: boolean) => (on ? 'offload on' : 'offload off'),
    said: {
      option: { added: 'option added', overridden: 'option replaced' },
      value: { added: 'value added', overridden: 'value replaced' },
      status: { added: 'status added', overridden: 'status replaced' },
      source: { added: 'source added', overridden: 'source replaced' },
      benchmark: { added: 'benchmark added', overridden: 'benchmark replaced' },
      'case-study': { added: 'case study added', overridden: 'case study replaced' },
      'stack-rule': { added: 'stack rule added', overridden: 'stack rule replaced' },
    } satisfies Said,
  },
  zh: {
    from: (name: string, what: string) => `来自叠加数据“${name}”（${what}）`,
    list: '；',
    parts: '，',
    offload: (on: boolean) => (on ? '卸载开启' : '卸载关闭'),
    said: {
      option: { added: '新增方案', overridden: '方案已替换' },
      value: { added: '新增取值', overridden: '取值已替换' },
      status: { added: '新增状态', overridden: '状态已替换' },
      source: { added: '新增来源', overridden: '来源已替换' },
      benchmark: { added: '新增基准测试', overridden: '基准测试已替换' },
      'case-study': { added: '新增案例', overridden: '案例已替换' },
      'stack-rule': { added: '新增组合规则', overridden: '组合规则已替换' },
    } satisfies Said,
  },
  ru: {
    from: (name: string, what: string) => `из наложения «${name}» (${what})`,
    list: '; ',
    parts: ', ',
    offload: (on: boolean) => (on ? 'offload включён' : 'offload выключен'),
    said: {
      option: { added: 'вариант добавлен', overridden: 'вариант заменён' },
      value: { added: 'значение добавлено', overridden: 'значение заменено' },
      status: { added: 'статус добавлен', overridden: 'статус заменён' },
      source: { added: 'источник добавлен', overridden: 'источник заменён' },
      benchmark: { added: 'измерение добавлено', overridden: 'измерение заменено' },
      'case-study': { added: 'пример добавлен', overridden: 'пример заменён' },
      'stack-rule': { added: 'правило стека добавлено', overridden: 'правило стека заменено' },
    } satisfies Said,
  },
} satisfies Record<Language, unknown>;

/** A measurement as its conditions say it: "2026-10 iperf3 …, 25 GbE, offload on". */
function measurement(kb: Knowledge, id: string, lang: Language): string {
  const bench = kb.benchmarks.find((b) => b.id === id);
  if (!bench) return id;
  const t = texts[lang];
  const c = bench.conditions;
  return [
    `${bench.date} ${bench.title[lang]}`,
    c.nicGbps === undefined ? undefined : `${c.nicGbps} GbE`,
    c.udpOffload === undefined ? undefined : t.offload(c.udpOffload),
  ]
    .filter((part) => part !== undefined)
    .join(t.parts);
}

/**
 * Where an overlaid fact comes from, e.g. `from overlay “acme-dc” (2026-10 iperf3 …, 25 GbE,
 * offload on)`: the overlay's name and, per fact, the measurement or what it set.
 */
export function describeOverlayFacts(kb: Knowledge, facts: readonly OverlayFact[], lang: Language): string {
  const overlay = kb.overlay;
  if (!overlay || facts.length === 0) return '';
  const t = texts[lang];
  const what = facts.map((fact) =>
    fact.kind === 'benchmark' ? measurement(kb, fact.id, lang) : t.said[fact.kind][fact.change],
  );
  return t.from(overlay.name, [...new Set(what)].join(t.list));
}
