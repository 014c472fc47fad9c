import type { FactKey, FactValue, Open, Point, Unstated } from '@/domain/cases';
import type { Knowledge } from '@/domain/knowledge';
import { clouds, type Cloud, type CriterionId, type Language } from '@/domain/schemas';
import { format } from '@/ui';
import { cloudName, orchestratorName, questionLabel } from '@/words';
import type { CaseText } from './messages';
import { countText, figureText } from './scale-text';

/** What the wording needs: the knowledge (for the questionnaire's words), the texts, the language. */
export interface Words {
  kb: Knowledge;
  t: CaseText;
  language: Language;
}

const isCloud = (value: FactValue): value is Cloud => clouds.includes(value as Cloud);

/** The questionnaire's label for a fact, e.g. "L2 access you control". */
export const factName = ({ kb, language }: Words, key: FactKey): string =>
  questionLabel(kb.environment, key, language);

/** A fact's value in words: yes/no, the shared cloud words, the orchestrator's name. */
export function valueText({ kb, t, language }: Words, key: FactKey, value: FactValue): string {
  if (typeof value === 'boolean') return value ? t.yes : t.no;
  if (key === 'cloud' && isCloud(value)) return cloudName(value, language);
  if (key === 'orchestrator') return orchestratorName(kb.environment, value, language);
  return value;
}

const valuesText = (words: Words, key: FactKey, values: readonly FactValue[]): string =>
  values.map((v) => valueText(words, key, v)).join(words.t.or);

export const criterionName = ({ kb, language }: Words, id: CriterionId): string =>
  kb.criterionById.get(id)?.name[language] ?? id;

const hostsText = ({ language }: Words, hosts: number): string => countText('hosts', hosts, language);

/** The short name of what a point is about, for the cards. */
export function pointName(words: Words, point: Point | Unstated | Open): string {
  if (point.kind === 'environment') return factName(words, point.key);
  if (point.kind === 'need') return criterionName(words, point.criterion);
  return words.t.size;
}

/** One compared fact in words: "L2 access you control: yes", "Size: you have 50 hosts, the case …". */
export function pointText(words: Words, point: Point): string {
  const { t, language } = words;
  switch (point.kind) {
    case 'environment': {
      const fact = factName(words, point.key);
      if (point.study.length === 1 && point.study[0] === point.profile)
        return format(t.factSame, { fact, value: valueText(words, point.key, point.profile) });
      const mine = valueText(words, point.key, point.profile);
      return format(t.factDiffers, { fact, mine, theirs: valuesText(words, point.key, point.study) });
    }
    case 'need': {
      const criterion = criterionName(words, point.criterion);
      if (point.mustHave) return format(t.needMust, { criterion });
      if (point.weight > 0) return format(t.needWeighted, { criterion, weight: point.weight });
      return format(t.needUnweighted, { criterion });
    }
    case 'scale':
      return format(t.sizeCompared, {
        hosts: hostsText(words, point.hosts),
        figure: figureText(point.size.kind, point.size.figure, t, language),
      });
  }
}

/** What the profile states and the case does not. */
export function unstatedText(words: Words, item: Unstated): string {
  const { t } = words;
  switch (item.kind) {
    case 'environment':
      return format(t.unstatedFact, {
        fact: factName(words, item.key),
        value: valueText(words, item.key, item.profile),
      });
    case 'need':
      return format(item.mustHave ? t.unstatedMust : t.unstatedNeed, {
        criterion: criterionName(words, item.criterion),
      });
    case 'scale':
      return format(t.unstatedSize, { hosts: hostsText(words, item.hosts) });
  }
}

/** What the case states and the profile leaves open. */
export function openText(words: Words, item: Open): string {
  const { t, language } = words;
  switch (item.kind) {
    case 'environment':
      return format(t.openFact, {
        fact: factName(words, item.key),
        value: valuesText(words, item.key, item.study),
      });
    case 'need':
      return format(t.needOpen, { criterion: criterionName(words, item.criterion) });
    case 'scale':
      return format(t.sizeOpen, { figure: figureText(item.size.kind, item.size.figure, t, language) });
  }
}
