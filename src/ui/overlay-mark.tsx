import type { OverlayFact } from '@/domain/overlay';
import { useKnowledge } from '@/knowledge-context';
import { describeOverlayFacts } from '@/words';
import { useLanguage } from './i18n';

/**
 * Marks a fact the team's overlay supplied: "from overlay “acme-dc” (2026-10 iperf3 …)". Nothing
 * when `facts` is empty, so a view can pass what `cellFacts` returns for every value it shows.
 */
export function OverlayMark({ facts }: { facts: readonly OverlayFact[] }) {
  const { kb } = useKnowledge();
  const language = useLanguage();
  const text = describeOverlayFacts(kb, facts, language);
  if (!text) return null;
  return <span className="badge badge-overlay">{text}</span>;
}
