import { useId } from 'react';
import { MAX_SUPERSEDED_BY, recordStatuses, type RecordStatus } from '@/domain/decision';
import { useAppStore } from '@/store';
import { useMessages } from '@/ui';
import { messages } from './messages';

const statusKey = {
  proposed: 'statusProposed',
  accepted: 'statusAccepted',
  superseded: 'statusSuperseded',
} as const satisfies Record<RecordStatus, string>;

/** The record's status, and what supersedes it once it is superseded. */
export function StatusField() {
  const t = useMessages(messages);
  const status = useAppStore((s) => s.recordStatus);
  const supersededBy = useAppStore((s) => s.supersededBy ?? '');
  const setStatus = useAppStore((s) => s.setRecordStatus);
  const setSupersededBy = useAppStore((s) => s.setSupersededBy);
  const statusId = useId();
  const byId = useId();
  return (
    <div className="decision-row">
      <div className="decision-field">
        <label htmlFor={statusId}>{t.statusLabel}</label>
        <select id={statusId} value={status} onChange={(e) => setStatus(e.target.value as RecordStatus)}>
          {recordStatuses.map((s) => (
            <option key={s} value={s}>
              {t[statusKey[s]]}
            </option>
          ))}
        </select>
      </div>
      {status === 'superseded' ? (
        <div className="decision-field decision-grow">
          <label htmlFor={byId}>{t.supersededByLabel}</label>
          <input
            id={byId}
            type="text"
            maxLength={MAX_SUPERSEDED_BY}
            value={supersededBy}
            onChange={(e) => setSupersededBy(e.target.value)}
          />
        </div>
      ) : null}
    </div>
  );
}
