import type { CompanyFeedbackListResponse, CompanyResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { feedbackRows, FeedbackTable } from './FeedbackTable';

/** Staff ratings come with the company; the company's own answers through feedback links are fetched beside them. */
export function CompanyFeedback({ cvr, staff }: { cvr: string; staff: CompanyResponse['feedback'] }) {
  const { t } = useI18n();
  const { api } = useSession();
  const { data, error, loading } = useResource(
    (signal) => api.get<CompanyFeedbackListResponse>('/feedback/responses', { cvr }, signal), cvr,
  );
  return (
    <>
      <StatusRegion loading={loading} loadingLabel={t.feedback.loading} error={error} />
      {data || error ? <FeedbackTable rows={feedbackRows(staff, data?.responses ?? [])} /> : null}
    </>
  );
}
