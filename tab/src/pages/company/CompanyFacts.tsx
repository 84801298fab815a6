import { Badge, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { addressLine } from '@contract/domain';
import type { Company, ContactOwner } from '../../api/types';
import { useTableStyles } from '../../components/tableStyles';
import { areaName, bandName, industryName, sectionName } from '../../format/labels';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useUnitName } from '../../shell/session';

const useStyles = makeStyles({
  dl: {
    display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS, margin: 0, maxWidth: '52rem', padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium, border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0 },
  pair: { display: 'contents' },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  ownerWho: { fontWeight: tokens.fontWeightSemibold },
  ownerMeta: { color: tokens.colorNeutralForeground2 },
});

/** Who to ask first, and whether that was decided for this company or for its industry or area. */
function OwnerFact({ owner }: { owner: ContactOwner }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useStyles();
  const target = owner.target;
  const scope = target.kind === 'company' ? t.company.ownerFor.company
    : target.kind === 'industry' ? t.company.ownerFor.industry(sectionName(target.section, locale))
      : t.company.ownerFor.area(areaName(target.postalCode));
  return (
    <div className={styles.owner} data-owner-unit={owner.unit}>
      <span className={styles.ownerWho}>{owner.person ? `${unitName(owner.unit)}, ${owner.person}` : unitName(owner.unit)}</span>
      <span className={styles.ownerMeta}>{scope}</span>
      {owner.note ? <span>{t.company.ownerNote(owner.note)}</span> : null}
      <span><Link href={hrefs.strategy}>{t.company.ownerStrategy}</Link></span>
    </div>
  );
}

/** A production unit here of a company registered elsewhere: "Industrivej 4, 8500 Grenaa (P 1012345678)". */
function unitLine(u: NonNullable<Company['localUnits']>[number]): string {
  return `${addressLine(u.address)} (P ${u.pNumber})`;
}

export function CompanyFacts({ company, owner }: { company: Company; owner: ContactOwner | null }) {
  const { t, locale } = useI18n();
  const styles = useStyles();
  const tableStyles = useTableStyles();
  const a = company.address;
  const address = addressLine(a) || '–';
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
    ...(company.localUnits?.length ? [[t.company.localUnits, company.localUnits.map(unitLine).join('; ')] as [string, string]] : []),
    [t.company.owner, owner ? <OwnerFact owner={owner} /> : t.company.noOwner],
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
