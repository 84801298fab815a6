/**
 * Databeskyttelse (issue 14): the coordinator's page for the access log, retention and erasure on request. The
 * DataProtection role sees the same page read-only: the log, the periods and runs, and the erasure audit trail.
 */
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { AccessLogSection } from './AccessLogSection';
import { ErasureAudit } from './ErasureAudit';
import { ErasureSection } from './ErasureSection';
import { RetentionSection } from './RetentionSection';

export default function DataProtectionPage() {
  const { t } = useI18n();
  const { me } = useSession();
  const d = t.dataProtection;
  if (!me.isCoordinator && !me.dataProtection) {
    return (
      <>
        <PageHeading>{d.heading}</PageHeading>
        <p>{d.notForStaff}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading intro={me.isCoordinator ? d.intro : d.oversightIntro}>{d.heading}</PageHeading>
      <AccessLogSection />
      <RetentionSection editable={me.isCoordinator} />
      {me.isCoordinator ? <ErasureSection /> : <Section title={d.auditHeading}><ErasureAudit generation={0} /></Section>}
    </>
  );
}
