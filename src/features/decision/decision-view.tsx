import { useMessages } from '@/ui';
import './decision.css';
import { messages } from './messages';
import { ProfileExport } from './profile-export';
import { ProfileImport } from './profile-import';
import { RecordPanel } from './record-panel';
import { ShareLinkPanel } from './share-link-panel';

/** Keep & share: share link, profile file export/import, Markdown decision record and print. */
export default function DecisionView() {
  const t = useMessages(messages);
  return (
    <div className="decision">
      <div className="no-print">
        <h1>{t.title}</h1>
        <p>{t.intro}</p>
        <div className="decision-grid">
          <ShareLinkPanel />
          <ProfileExport />
          <ProfileImport />
        </div>
      </div>
      <RecordPanel />
    </div>
  );
}
