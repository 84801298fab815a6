/** Virksomhed: one company's facts, opt-outs, contacts and feedback: what to know before calling. The coordinator also makes feedback links here. */
import { Link } from '@fluentui/react-components';
import type { CompanyResponse } from '../../api/types';
import { ApiRequestError } from '../../api/client';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { CompanyDataExport } from '../dataProtection/CompanyDataExport';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useSession } from '../../shell/session';
import { CompanyFacts } from './CompanyFacts';
import { ContactTimeline } from './ContactTimeline';
import { CompanyFeedback } from './CompanyFeedback';
import { FeedbackLinks } from './FeedbackLinks';
import { OptOutHistory, OptOutState } from './OptOutHistory';

export default function CompanyPage({ cvr }: { cvr: string }) {
  const { t } = useI18n();
  const { api, me } = useSession();
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
            <CompanyFeedback cvr={data.company.cvr} staff={data.feedback} />
          </Section>
          {me.isCoordinator ? (
            <Section title={t.feedback.linksHeading} intro={t.feedback.linksIntro}>
              <FeedbackLinks cvr={data.company.cvr} />
            </Section>
          ) : null}
          {me.isCoordinator ? (
            <Section title={t.dataProtection.exportHeading} intro={t.dataProtection.exportIntro}>
              <CompanyDataExport cvr={data.company.cvr} />
            </Section>
          ) : null}
        </>
      ) : null}
    </>
  );
}
