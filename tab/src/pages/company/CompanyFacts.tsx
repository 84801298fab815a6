import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Company } from '../../api/types';
import { useTableStyles } from '../../components/tableStyles';
import { areaName, bandName, industryName } from '../../format/labels';
import { useI18n } from '../../i18n';

const useStyles = makeStyles({
  dl: {
    display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS, margin: 0, maxWidth: '52rem', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
  pair: { display: 'contents' },
});

export function CompanyFacts({ company, owner }: { company: Company; owner: null | string }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const a = company.address;
  const address = [a.street, [a.postalCode, a.town].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '–';
  const rows: [string, ReactNode][] = [
    [t.common.cvr, company.cvr],
    [t.company.name, company.name],
    ...(company.secondaryNames.length ? [[t.company.secondaryNames, company.secondaryNames.join(', ')] as [string, string]] : []),
    [t.company.legalForm, company.legalForm || '–'],
    [t.company.address, address],
    [t.overview.area, areaName(a.postalCode)],
    [t.company.industry, industryName(company.industryCode, locale)],
    [t.company.employees, bandName(company.employeeBand)],
    [t.company.status, company.status],
    [t.company.inMunicipality, company.inMunicipality ? t.common.yes : t.common.no],
    ...(company.pNumbers.length ? [[t.company.pNumbers, company.pNumbers.join(', ')] as [string, string]] : []),
    [t.company.owner, owner ?? t.company.noOwner],
  ];
  return (
    <>
      {company.advertisingProtected || company.fictional ? (
        <p className={tableStyles.badges}>
          {company.advertisingProtected ? (
            <Badge appearance="tint" color="warning">{t.common.advertisingProtected}: {t.common.advertisingProtectedHint}</Badge>
          ) : null}
          {company.fictional ? <Badge appearance="tint" color="informative">{t.company.fictional}</Badge> : null}
        </p>
      ) : null}
      <dl className={styles.dl}>
        {rows.map(([label, value]) => (
          <div key={label} className={styles.pair}>
            <dt className={styles.dt}>{label}</dt>
            <dd className={styles.dd}>{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
