import type { Knowledge } from '../knowledge';
import { displayName } from '../knowledge/display-name';
import type {
  CategoryId,
  Flow,
  FlowKind,
  Language,
  LocalizedText,
  OptionId,
  PipelineRole,
  PodBoundary,
} from '../schemas';
import { pipelineRoles } from '../schemas';

/** One box of the main column or one step of a path. `diff` marks what differs in a comparison. */
export interface DiagramBox {
  key: string;
  /** What the box stands for, e.g. "Pod network". */
  heading: string;
  /** The options or in-house detail filling it. */
  text: string;
  /** Nothing stated for it (a layer without a pick, or a generic step such as "Containers"). */
  open?: boolean;
  diff?: boolean;
}

export interface DiagramFlow {
  kind: FlowKind;
  label: string;
  steps: DiagramBox[];
}

export interface Diagram {
  title: string;
  description: string;
  intranet: DiagramBox;
  boundary: { kind: PodBoundary | 'unknown'; label: string; diff?: boolean };
  network: DiagramBox;
  orchestrator: DiagramBox;
  discovery: DiagramBox | undefined;
  hosts: DiagramBox;
  operations: DiagramBox | undefined;
  flows: DiagramFlow[];
}

/**
 * The diagram's own words in one language, given by src/words: the domain holds no display text.
 * Option and category names come from the knowledge base.
 */
export interface DiagramWords {
  intranet: string;
  network: string;
  orchestrator: string;
  discovery: string;
  hosts: string;
  /** "{n}" stands for the number of hosts. */
  hostCount: string;
  operations: string;
  /** Said for a layer that is stated but has no options. */
  inHouse: string;
  /** Said for a layer the spec leaves out. */
  notChosen: string;
  boundary: Record<PodBoundary | 'unknown', string>;
  flows: Record<FlowKind, string>;
  /** The generic first step of the log, metrics and storage paths. */
  containers: string;
  /** The generic first step of the discovery path. */
  services: string;
  /** The picture described for assistive technology. */
  description: string;
}

/** What to draw: the options per layer, and the paths a source describes (derived when absent). */
export interface DiagramSpec {
  title: string;
  layers: Partial<Record<CategoryId, readonly OptionId[]>>;
  /** Said instead of option names for a layer built in-house. */
  details?: Partial<Record<CategoryId, string>>;
  hosts?: number;
  flows?: readonly Flow[];
}

const localizeIn =
  (language: Language) =>
  (text: LocalizedText): string =>
    text[language] || text.en;

const firstRole = (roles: readonly PipelineRole[] | undefined): number =>
  roles && roles.length > 0 ? Math.min(...roles.map((r) => pipelineRoles.indexOf(r))) : pipelineRoles.length;

/**
 * Builds the diagram of a stack or a case study from its options and paths; `language` picks the
 * knowledge base's names and labels, `t` the diagram's own words in that language.
 */
export function assembleDiagram(
  kb: Knowledge,
  spec: DiagramSpec,
  language: Language,
  t: DiagramWords,
): Diagram {
  const localize = localizeIn(language);
  const ids = (category: CategoryId): readonly OptionId[] => spec.layers[category] ?? [];
  const optionName = (id: OptionId): string => {
    const option = kb.optionById.get(id);
    return option ? displayName(option, language) : id;
  };
  const names = (category: CategoryId): string => {
    const list = ids(category).map(optionName);
    if (list.length > 0) return list.join(' + ');
    return spec.details?.[category] ?? (category in spec.layers ? t.inHouse : t.notChosen);
  };
  const has = (category: CategoryId): boolean => category in spec.layers;
  const box = (key: string, heading: string, category: CategoryId): DiagramBox => ({
    key,
    heading,
    text: names(category),
    open: !has(category),
  });

  const boundaries = new Set(
    ids('networking').flatMap((id) => {
      const kind = kb.optionById.get(id)?.podBoundary?.kind;
      return kind ? [kind] : [];
    }),
  );
  const kind = boundaries.size === 1 ? ([...boundaries][0] as PodBoundary) : 'unknown';

  // Members are drawn in pipeline order: collectors first, then stores, then what reads them.
  const pipeline = (category: CategoryId): DiagramBox[] =>
    [...ids(category)]
      .sort(
        (a, b) =>
          firstRole(kb.optionById.get(a)?.provides?.roles) - firstRole(kb.optionById.get(b)?.provides?.roles),
      )
      .map((id) => ({ key: `${category}-${id}`, heading: '', text: optionName(id) }));
  const step = (key: string, text: string): DiagramBox => ({ key, heading: '', text, open: true });
  const derived: DiagramFlow[] = [];
  const add = (flowKind: FlowKind, steps: DiagramBox[]) => {
    if (steps.length >= 2) derived.push({ kind: flowKind, label: t.flows[flowKind], steps });
  };
  if (has('registry')) add('image', [box('registry', '', 'registry'), step('image-hosts', t.hosts)]);
  if (has('logging'))
    add('log', [step('log-source', t.containers), ...withDetail(pipeline('logging'), names('logging'))]);
  if (has('monitoring'))
    add('metrics', [
      step('metrics-source', t.containers),
      ...withDetail(pipeline('monitoring'), names('monitoring')),
    ]);
  if (has('storage')) add('storage', [step('storage-source', t.containers), box('storage', '', 'storage')]);
  if (has('service-discovery'))
    add('discovery', [
      step('discovery-source', t.services),
      box('service-discovery', '', 'service-discovery'),
    ]);

  // A path the source describes replaces the derived one of its kind.
  const stated: DiagramFlow[] = (spec.flows ?? []).map((flow, i) => ({
    kind: flow.kind,
    label: t.flows[flow.kind],
    steps: flow.steps.map((s, j) => ({
      key: `flow-${i}-${j}`,
      heading: '',
      text: s.option && kb.optionById.has(s.option) ? optionName(s.option) : localize(s.label),
    })),
  }));
  const statedKinds = new Set(stated.map((f) => f.kind));
  const flows = [...stated, ...derived.filter((f) => !statedKinds.has(f.kind))];

  const operations = ['security', 'automation'].filter((c) => has(c as CategoryId)) as CategoryId[];
  return {
    title: spec.title,
    description: t.description,
    intranet: { key: 'intranet', heading: t.intranet, text: '', open: true },
    boundary: { kind, label: t.boundary[kind] },
    network: box('networking', t.network, 'networking'),
    orchestrator: box('orchestration', t.orchestrator, 'orchestration'),
    discovery: has('service-discovery')
      ? box('service-discovery', t.discovery, 'service-discovery')
      : undefined,
    hosts: {
      open: true,
      key: 'hosts',
      heading: t.hosts,
      text: spec.hosts === undefined ? '' : t.hostCount.replace('{n}', String(spec.hosts)),
    },
    operations:
      operations.length > 0
        ? { key: 'operations', heading: t.operations, text: operations.map(names).join(' · ') }
        : undefined,
    flows,
  };
}

/** An in-house layer has no options: its detail stands as the one step after the source. */
function withDetail(steps: DiagramBox[], fallback: string): DiagramBox[] {
  return steps.length > 0 ? steps : [{ key: 'detail', heading: '', text: fallback }];
}
