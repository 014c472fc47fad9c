import { Fragment, useId } from 'react';
import { useProfile } from '@/knowledge-context';
import { downloadText, useMessages } from '@/ui';

import { messages } from './messages';

const CLI_COMMAND = 'npm run --silent advisor -- recommend --profile profile.json';

/** The v1 profile as a file: the same format the CLI reads. */
export function ProfileExport() {
  const t = useMessages(messages);
  const profile = useProfile();
  const headingId = useId();
  const json = `${JSON.stringify(profile, null, 2)}\n`;
  return (
    <section className="panel decision-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.exportHeading}</h2>
      <p className="muted">{t.exportHint}</p>
      <p>
        <code className="decision-command">
          {/* Wrapped only between words: a break inside "--profile" would mislead. */}
          {CLI_COMMAND.split(' ').map((word, i) => (
            <Fragment key={i}>
              {i > 0 && ' '}
              <span className="decision-nowrap">{word}</span>
            </Fragment>
          ))}
        </code>
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => downloadText('profile.json', json, 'application/json')}
      >
        {t.downloadProfile}
      </button>
      <details className="decision-details">
        <summary>{t.showJson}</summary>
        <pre className="decision-json" data-testid="profile-json">
          {json}
        </pre>
      </details>
    </section>
  );
}
