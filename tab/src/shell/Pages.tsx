/** The page for the route. The overview ships with the app; the other pages are chunks loaded when first visited. */
import { Link, Spinner } from '@fluentui/react-components';
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { hrefs, type Route } from '../routing/routes';
import { PageHeading } from '../components/PageHeading';
import { StatusRegion } from '../components/StatusRegion';
// The overview is the landing page and ships with the app: a lazy boundary there would also cost React's
// 300 ms Suspense reveal throttle on every first visit.
import OverviewPage from '../pages/overview/OverviewPage';

const CompanySearchPage = lazy(() => import('../pages/company/CompanySearchPage'));
const CompanyPage = lazy(() => import('../pages/company/CompanyPage'));
const OptOutPage = lazy(() => import('../pages/optouts/OptOutPage'));
const PlanPage = lazy(() => import('../pages/plan/PlanPage'));
const StrategyPage = lazy(() => import('../pages/strategy/StrategyPage'));
const QualityPage = lazy(() => import('../pages/quality/QualityPage'));
const ProposalsPage = lazy(() => import('../pages/proposals/ProposalsPage'));
const SettingsPage = lazy(() => import('../pages/settings/SettingsPage'));
const DataProtectionPage = lazy(() => import('../pages/dataProtection/DataProtectionPage'));
const RegisterChangesPage = lazy(() => import('../pages/registerChanges/RegisterChangesPage'));

class ChunkErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t.errors.notFound}</PageHeading>
      <p><Link href={hrefs.overview}>{t.config.openOverview}</Link></p>
    </>
  );
}

export function Pages({ route }: { route: Route }) {
  const { t } = useI18n();
  let page: ReactNode;
  switch (route.page) {
    case 'overview': page = <OverviewPage />; break;
    case 'companySearch': page = <CompanySearchPage />; break;
    case 'company': page = <CompanyPage cvr={route.cvr} />; break;
    case 'optOuts': page = <OptOutPage />; break;
    case 'plan': page = <PlanPage />; break;
    case 'strategy': page = <StrategyPage />; break;
    case 'quality': page = <QualityPage />; break;
    case 'proposals': page = <ProposalsPage draft={route.draft} />; break;
    case 'settings': page = <SettingsPage />; break;
    case 'dataProtection': page = <DataProtectionPage />; break;
    case 'registerChanges': page = <RegisterChangesPage />; break;
    default: page = <NotFound />;
  }
  // A new address remounts the page: another company, or a proposal started from other figures.
  const key = route.page === 'company' ? `company-${route.cvr}` : route.page === 'proposals' ? `proposals-${JSON.stringify(route.draft)}` : route.page;
  return (
    <ChunkErrorBoundary key={key} fallback={<StatusRegion error={t.errors.pageLoad} />}>
      <Suspense fallback={<div role="status"><Spinner size="small" label={t.app.loading} labelPosition="after" /></div>}>
        {page}
      </Suspense>
    </ChunkErrorBoundary>
  );
}
