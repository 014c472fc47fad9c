import { useMessages } from '@/ui';
import { appMessages } from './messages';

// An error text can be a whole validation report; the first part is enough to report it.
const MAX_SHOWN = 2000;

interface Props {
  title: string;
  hint: string;
  message: string;
  onRetry: () => void;
}

/** Something did not load or display: what, why, and a Retry button. The rest of the app stays usable. */
export function LoadFailed({ title, hint, message, onRetry }: Props) {
  const t = useMessages(appMessages);
  return (
    <div role="alert" className="panel error">
      <h1>{title}</h1>
      <p>{hint}</p>
      {message ? <pre>{message.length > MAX_SHOWN ? `${message.slice(0, MAX_SHOWN)}…` : message}</pre> : null}
      <button type="button" onClick={onRetry}>
        {t.retry}
      </button>
    </div>
  );
}
