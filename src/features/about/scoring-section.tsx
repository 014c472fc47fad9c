import { useLanguage, useMessages } from '@/ui';
import { aboutMessages } from './messages';

export function ScoringSection() {
  const t = useMessages(aboutMessages);
  // Chinese sentences end in "。" and run on without spaces.
  const separator = useLanguage() === 'zh' ? '' : ' ';
  return (
    <section aria-labelledby="about-scoring">
      <h2 id="about-scoring">{t.scoringHeading}</h2>
      <p className="about-prose">
        {[t.scoring1, t.scoring2, t.scoring3, t.scoring4, t.scoring5, t.scoring6].join(separator)}
      </p>
    </section>
  );
}
