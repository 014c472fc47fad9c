import { useMessages } from '@/ui';
import { EnvironmentSection } from './environment-section';
import { messages } from './messages';
import { PresetPicker } from './preset-picker';
import { ProfileSummary } from './profile-summary';
import { WeightSection } from './weight-section';
import './questionnaire.css';

/** Route #/: the environment questions, requirement weights and presets. Needs only the core knowledge. */
export default function QuestionnaireView() {
  const t = useMessages(messages);
  return (
    <div className="questionnaire">
      <h1>{t.title}</h1>
      <p className="questionnaire-intro">{t.intro}</p>
      <ProfileSummary />
      <PresetPicker />
      <EnvironmentSection />
      <WeightSection />
      <section className="questionnaire-section questionnaire-finish" aria-labelledby="questionnaire-finish">
        <h2 id="questionnaire-finish">{t.finishHeading}</h2>
        <p className="muted">{t.seeResultsHint}</p>
        <ProfileSummary />
      </section>
    </div>
  );
}
