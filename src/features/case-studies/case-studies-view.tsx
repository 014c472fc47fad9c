import { useKnowledge } from '@/knowledge-context';
import { useMessages } from '@/ui';
import { CaseDetail } from './case-detail';
import { CaseList } from './case-list';
import { caseMessages } from './messages';
import './case-studies.css';

/** `#/cases`: every company's stack, filterable; `#/cases/<id>`: one company's stack in detail. */
export default function CaseStudiesView({ id }: { id: string | undefined }) {
  const { complete } = useKnowledge();
  const t = useMessages(caseMessages);
  if (!complete) return <p aria-busy="true">{t.loading}</p>;
  return id === undefined ? <CaseList /> : <CaseDetail id={id} />;
}
