import { useKnowledge } from '@/knowledge-context';
import { useLocalize, useMessages } from '@/ui';
import { aboutMessages } from './messages';

export function ScaleSection() {
  const t = useMessages(aboutMessages);
  const localize = useLocalize();
  const { kb } = useKnowledge();
  return (
    <section aria-labelledby="about-scale">
      <h2 id="about-scale">{t.scaleHeading}</h2>
      <p>{t.scaleIntro}</p>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t.levelCol}</th>
              <th scope="col">{t.labelCol}</th>
              <th scope="col">{t.meaningCol}</th>
            </tr>
          </thead>
          <tbody>
            {kb.scale.map((step) => (
              <tr key={step.level}>
                <td className="about-nowrap">
                  <span aria-hidden="true" className="level-pips">
                    {'●'.repeat(step.level)}
                    {'○'.repeat(4 - step.level)}
                  </span>{' '}
                  {step.level}
                </td>
                <th scope="row">{localize(step.label)}</th>
                <td>{localize(step.meaning)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
