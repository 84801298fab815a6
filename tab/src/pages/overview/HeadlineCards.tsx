import type { Headline } from '../../api/types';
import { FigureCards, type Figure } from '../../components/FigureCards';
import { formatInteger, formatPercent } from '../../format/format';
import { useI18n } from '../../i18n';

/** The figures a coordinator reads first, as big numbers. */
export function HeadlineCards({ headline }: { headline: Headline }) {
  const { t, locale } = useI18n();
  const n = (v: number) => formatInteger(v, locale);
  const figures: Figure[] = [
    { key: 'companies', label: t.overview.companies, value: headline.companiesInMunicipality, text: n(headline.companiesInMunicipality) },
    { key: 'contacted', label: t.overview.contacted, value: headline.contactedInPeriod, text: n(headline.contactedInPeriod), detail: t.overview.contactsInPeriod(n(headline.contactsInPeriod)) },
    { key: 'coverage', label: t.overview.coverage, value: headline.coveragePct, text: formatPercent(headline.coveragePct, locale) },
    { key: 'parallel', label: t.overview.parallel, value: headline.parallelCompanies, text: n(headline.parallelCompanies) },
    { key: 'silent', label: t.overview.silent, value: headline.silentCompanies, text: n(headline.silentCompanies), detail: t.overview.neverContacted(n(headline.neverContacted)) },
    { key: 'optedOut', label: t.overview.optedOut, value: headline.optedOutCompanies, text: n(headline.optedOutCompanies) },
    { key: 'breaches', label: t.overview.breaches, value: headline.breaches, text: n(headline.breaches), alert: headline.breaches > 0 },
  ];
  return <FigureCards figures={figures} />;
}
