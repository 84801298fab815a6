import { CompanySearch } from '../../components/CompanySearch';
import { PageHeading } from '../../components/PageHeading';
import { useI18n } from '../../i18n';

export default function CompanySearchPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeading>{t.company.heading}</PageHeading>
      <CompanySearch />
    </>
  );
}
