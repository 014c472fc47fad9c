import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { appMessages } from './messages';

/** App-wide notices: a set-aside stored state, a loaded or rejected share link. */
export function NoticeBanner() {
  const t = useMessages(appMessages);
  const notice = useAppStore((s) => s.notice);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${notice.kind}`}>
      <p>{t[notice.key]}</p>
      {notice.details.length > 0 && (
        <ul>
          {notice.details.map((d) => (
            <li key={d}>
              <code>{d}</code>
            </li>
          ))}
        </ul>
      )}
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}
