import type { Knowledge } from '../knowledge';
import {
  environmentKeys,
  type CaseStudy,
  type CriterionId,
  type Environment,
  type EnvironmentKey,
  type ScaleFigure,
  type SourceRef,
} from '../schemas';

/** The environment facts compared one to one; the number of hosts is compared as scale. */
export type FactKey = Exclude<EnvironmentKey, 'hosts'>;
export type FactValue = NonNullable<Environment[FactKey]>;
export const factKeys: readonly FactKey[] = environmentKeys.filter((key): key is FactKey => key !== 'hosts');

/** One fact as the case states it; several values only when derived from several options. */
export interface StudyFact {
  key: FactKey;
  values: readonly FactValue[];
  source: SourceRef;
  /** True when read off the stack (the orchestration layer) rather than stated as a fact. */
  derived: boolean;
}

export interface StudyNeed {
  criterion: CriterionId;
  source: SourceRef;
}

/** The case's size as a range of host counts, from its host or container figure. */
export interface StudySize {
  kind: 'hosts' | 'containers';
  figure: ScaleFigure;
  low: number;
  high: number;
}

/**
 * The most containers a host is taken to run when only containers are given: Kubernetes documents
 * 110 pods per node as its limit (source k8s-docs-large-clusters-zh, cited on the kubernetes
 * option), and a host runs at least one container. So C containers mean C/110 to C hosts.
 */
export const maxContainersPerHost = 110;

/** The facts the case states, plus its orchestrator read off its orchestration layer. */
export function studyFacts(kb: Knowledge, study: CaseStudy): StudyFact[] {
  const facts: StudyFact[] = [];
  for (const key of factKeys) {
    const stated = study.situation?.facts.find((f) => f.environment[key] !== undefined);
    const value = stated?.environment[key];
    if (stated && value !== undefined)
      facts.push({ key, values: [value], source: stated.source, derived: false });
  }
  if (facts.some((f) => f.key === 'orchestrator')) return facts;
  const layers = study.stack.filter((l) => l.category === 'orchestration');
  const orchestrators = [
    ...new Set(
      layers.flatMap((l) =>
        l.options.flatMap(
          (id) => kb.stackRules.orchestrators.find((o) => o.option === id)?.orchestrator ?? [],
        ),
      ),
    ),
  ];
  const layer = layers.find((l) => l.options.length > 0);
  if (layer && orchestrators.length > 0)
    facts.push({ key: 'orchestrator', values: orchestrators, source: layer.source, derived: true });
  return facts;
}

/** The criteria the case says the company needed, each once. */
export function studyNeeds(study: CaseStudy): StudyNeed[] {
  const needs = study.situation?.needs ?? [];
  return needs.filter((n, i) => needs.findIndex((m) => m.criterion === n.criterion) === i);
}

/** Host range of a figure; `atLeast` leaves the top open, `atMost` the bottom. */
function range(low: number, high: number, figure: ScaleFigure): [number, number] {
  if (figure.qualifier === 'atLeast') return [low, Infinity];
  if (figure.qualifier === 'atMost') return [1, high];
  return [low, high];
}

/** The case's size: a stated host count first, then its host figure, then its container figure. */
export function studySize(study: CaseStudy): StudySize | undefined {
  const stated = study.situation?.facts.find((f) => f.environment.hosts !== undefined);
  const hosts: ScaleFigure | undefined =
    stated?.environment.hosts !== undefined
      ? { value: stated.environment.hosts, qualifier: 'exact', source: stated.source }
      : study.scale.hosts;
  if (hosts) {
    const [low, high] = range(hosts.value, hosts.value, hosts);
    return { kind: 'hosts', figure: hosts, low, high };
  }
  const containers = study.scale.containers;
  if (!containers || containers.value < 1) return undefined;
  const [low, high] = range(
    Math.max(1, containers.value / maxContainersPerHost),
    containers.value,
    containers,
  );
  return { kind: 'containers', figure: containers, low, high };
}
