import { overlaidFact } from '@/domain/overlay/applied';
import { useKnowledge } from '@/knowledge-context';
import { OverlayMark, useMessages } from '@/ui';
import { benchmarkMessages } from './messages';

/** Says that a source is the team's own measurement, from its overlay; nothing for a published one. */
export function TeamMark({ id }: { id: string }) {
  const t = useMessages(benchmarkMessages);
  const { kb } = useKnowledge();
  const fact = overlaidFact(kb.overlay, 'benchmark', id);
  if (!fact) return null;
  return (
    <p className="benchmarks-small benchmarks-team">
      <strong>{fact.change === 'added' ? t.teamAdded : t.teamReplaced}</strong> <OverlayMark facts={[fact]} />
    </p>
  );
}
