import { useEffect } from 'react';
import type { Knowledge } from '@/domain/knowledge';
import { checkStoredIds, useAppStore, type HeldText, type StorageFailure } from '@/store';
import { useKnowledge, useKnowledgeNeeds, useOverlay } from '@/knowledge-context';
import { downloadBlob, format, useMessages, usePlurals } from '@/ui';
import { appMessages, appPlurals } from './messages';

type Texts = (typeof appMessages)['en'];

const reasonOf = (t: Texts, failure: StorageFailure | undefined): string =>
  failure === 'quota' ? t.reasonQuota : t.reasonUnavailable;

/** The first problems, and how many there were in all when the list is cut. */
function Problems({ details, total }: { details: string[]; total: number }) {
  const t = useMessages(appMessages);
  const count = usePlurals(appPlurals);
  return (
    <>
      {total > details.length && (
        <p>{format(t.problemsSummary, { problems: count.problems(total), shown: details.length })}</p>
      )}
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d}>
              <code>{d}</code>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Stored text of which the browser could keep no copy: offered for download until dismissed. */
function HeldTextNotice({ held }: { held: HeldText }) {
  const t = useMessages(appMessages);
  const release = useAppStore((s) => s.releaseHeldText);
  const download = () =>
    downloadBlob(
      'container-stack-advisor-unreadable-state.txt',
      new Blob([held.text], { type: 'text/plain;charset=utf-8' }),
    );
  return (
    <div role="alert" className="notice notice-error">
      <p>{format(t.heldText, { reason: reasonOf(t, held.failure) })}</p>
      <Problems details={held.details} total={held.total} />
      <button type="button" onClick={download}>
        {t.heldTextDownload}
      </button>{' '}
      <button type="button" onClick={() => release(held.id)}>
        {t.heldTextRelease}
      </button>
    </div>
  );
}

const none: string[] = [];
const scoring = ['scoring'];

/**
 * What stored ids are checked against: with an overlay held but switched off, the knowledge with it,
 * so that switching it off does not set aside a comparison or choice of one of its options.
 */
function useIdsKnowledge(kb: Knowledge): Knowledge {
  const overlay = useOverlay();
  return overlay?.status === 'off' && overlay.held?.ok ? overlay.held.knowledge : kb;
}

/**
 * App-wide notices: stored state set aside, held for download or changed in another tab, a failed
 * save, a loaded or rejected share link. The stored state's ids are checked here as the knowledge
 * base arrives, since that is where the outcome is shown.
 */
export function NoticeBanner() {
  const t = useMessages(appMessages);
  const { kb, complete } = useKnowledge();
  const notice = useAppStore((s) => s.notice);
  const heldTexts = useAppStore((s) => s.heldTexts);
  const dismiss = useAppStore((s) => s.dismissNotice);
  // Stored option ids can only be checked against the scoring data: fetch it for them.
  const holdsOptionIds = useAppStore((s) => s.compared.length > 0 || Object.keys(s.choices).length > 0);
  useKnowledgeNeeds(holdsOptionIds ? scoring : none);
  const idsKb = useIdsKnowledge(kb);
  useEffect(() => checkStoredIds(idsKb, complete), [idsKb, complete]);
  return (
    <>
      {heldTexts.map((held) => (
        <HeldTextNotice key={held.id} held={held} />
      ))}
      {notice && (
        <div role={notice.kind === 'error' ? 'alert' : 'status'} className={`notice notice-${notice.kind}`}>
          <p>{format(t[notice.key], { reason: reasonOf(t, notice.failure) })}</p>
          <Problems details={notice.details} total={notice.total ?? notice.details.length} />
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
    </>
  );
}
