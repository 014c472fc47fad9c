import { describeReason } from '@/words';
import type { PinRefusal } from '@/domain/stack';
import { useKnowledge, useProfile } from '@/knowledge-context';
import { format, SourceCitation, useLanguage, useLocalize, useMessages, useOptionName } from '@/ui';
import { stackMessages } from './messages';
import { ProfileContext } from './profile-context';
import { PairingsList } from './pairings-list';
import { StackDiagramSection } from './stack-diagram-section';
import { StackLayer } from './stack-layer';
import { usePickConfidence } from './use-pick-confidence';
import { useStack } from './use-stack';
import { WhatIfList } from './what-if-list';
import './stack.css';

function Refusal({ refusal }: { refusal: PinRefusal }) {
  const t = useMessages(stackMessages);
  const { kb } = useKnowledge();
  const localize = useLocalize();
  const language = useLanguage();
  const optionName = useOptionName();
  const name = optionName(refusal.id);
  return (
    <div role="alert" className="panel stack-refusal">
      <p>
        {format(t.refused, { name })}{' '}
        {refusal.kind === 'excluded'
          ? t.refusedExcluded
          : refusal.kind === 'conflict'
            ? format(t.refusedConflict, { other: optionName(refusal.conflict.ids[1]) })
            : t.refusedUnsatisfiable}
      </p>
      {refusal.kind === 'excluded' ? (
        <ul>
          {refusal.reasons.map((r, i) => (
            <li key={i}>{describeReason(kb, r, language, true)}</li>
          ))}
        </ul>
      ) : null}
      {refusal.kind === 'conflict' ? (
        <p>
          {localize(refusal.conflict.reason)} <SourceCitation source={refusal.conflict.source} />
        </p>
      ) : null}
      <p className="muted">{t.refusedHint}</p>
    </div>
  );
}

function Layers() {
  const t = useMessages(stackMessages);
  const { stack, refusal } = useStack();
  const profile = useProfile();
  const confidence = usePickConfidence(stack, profile);
  return (
    <>
      {refusal ? <Refusal refusal={refusal} /> : null}
      <section aria-labelledby="stack-layers">
        <h2 id="stack-layers">{t.layersHeading}</h2>
        {stack ? (
          <ol className="stack-layers">
            {stack.picks.map((pick) => (
              <StackLayer
                key={pick.category}
                pick={pick}
                ranking={stack.rankings.get(pick.category)}
                confidence={confidence?.get(pick.category)}
              />
            ))}
          </ol>
        ) : (
          <p>{t.empty}</p>
        )}
      </section>
      {stack ? <StackDiagramSection stack={stack} /> : null}
      {stack ? <PairingsList stack={stack} /> : null}
    </>
  );
}

export default function StackView() {
  const t = useMessages(stackMessages);
  const { complete } = useKnowledge();
  const profile = useProfile();
  return (
    <div className="stack-view">
      <h1>{t.title}</h1>
      <p className="muted">{t.intro}</p>
      <ProfileContext profile={profile} />
      {complete ? (
        <>
          <Layers />
          <WhatIfList />
        </>
      ) : (
        <p aria-busy="true">{t.loading}</p>
      )}
    </div>
  );
}
