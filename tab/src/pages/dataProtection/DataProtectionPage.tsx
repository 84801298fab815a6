/** Databeskyttelse: the coordinator's page for the access log, retention and erasure on request (issue 14). */
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';
import { AccessLogSection } from './AccessLogSection';
import { ErasureSection } from './ErasureSection';
import { RetentionSection } from './RetentionSection';

export default function DataProtectionPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading intro={t.dataProtection.intro}>{t.dataProtection.heading}</PageHeading>
      <AccessLogSection />
      <RetentionSection />
      <ErasureSection />
    </>
  );
}
