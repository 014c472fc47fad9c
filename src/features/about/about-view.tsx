import { useKnowledge } from '@/knowledge-context';
import { useMessages } from '@/ui';
import { CoverageSection } from './coverage-section';
import { DataDateSection } from './data-date-section';
import { ScaleSection } from './scale-section';
import { ScoringSection } from './scoring-section';
import { SourcesSection } from './sources-section';
import { StatusSection } from './status-section';
import { aboutMessages } from './messages';
import './about.css';

/** What the knowledge covers, how current it is, and every source it cites. */
export default function AboutView() {
  const t = useMessages(aboutMessages);
  const { complete } = useKnowledge();
  if (!complete) return <p aria-busy="true">{t.loading}</p>;
  return (
    <div className="about">
      <h1>{t.title}</h1>
      <p className="about-intro">{t.intro}</p>
      <DataDateSection />
      <CoverageSection />
      <ScaleSection />
      <ScoringSection />
      <StatusSection />
      <SourcesSection />
    </div>
  );
}
