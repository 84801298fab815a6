/** Virksomhed: one company's facts, opt-outs, contacts and ratings: what to know before calling. */
import { Link } from '@fluentui/react-components';
import type { CompanyResponse } from '../../api/types';
import { ApiRequestError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useSession } from '../../shell/session';
import { CompanyFacts } from './CompanyFacts';
import { ContactTimeline } from './ContactTimeline';
import { FeedbackTable } from './FeedbackTable';
import { OptOutHistory, OptOutState } from './OptOutHistory';

export default function CompanyPage({ cvr }: { cvr: string }) {
  const { t } = useI18n();
  const { api } = useSession();
  const { data, error, loading } = useResource(
    (signal) => api.get<CompanyResponse>(`/companies/${encodeURIComponent(cvr)}`, undefined, signal), cvr,
  );
  const notFound = error instanceof ApiRequestError && error.status === 404;
  return (
    <>
      <p><Link href={hrefs.companySearch}>{t.company.back}</Link></p>
      <PageHeading>{data ? data.company.name : `${t.common.cvr} ${cvr}`}</PageHeading>
      <StatusRegion loading={loading} error={notFound ? (error.serverMessage || t.company.notFound) : error} />
      {data ? (
        <>
          <Section title={t.company.facts}>
            <CompanyFacts company={data.company} owner={data.owner} />
          </Section>
          <Section title={t.company.optOutState}>
            <OptOutState optOuts={data.optOuts} />
            <OptOutHistory optOuts={data.optOuts} />
          </Section>
          <Section title={t.company.timeline}>
            <ContactTimeline contacts={data.contacts} />
          </Section>
          <Section title={t.company.feedback}>
            <FeedbackTable feedback={data.feedback} />
          </Section>
        </>
      ) : null}
    </>
  );
}
