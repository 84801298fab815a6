import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { FallingCompany } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { RowHeader } from '../../components/RowHeader';
import { useTableStyles } from '../../components/tableStyles';
import { formatDate, formatDecimal } from '../../format/format';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';
import { useSession, useUnitName } from '../../shell/session';

/** Companies whose newest rating fell a step or more below what they said before (domain/quality/falls.ts). */
export function FallingTable({ companies }: { companies: readonly FallingCompany[] }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  const styles = useTableStyles();
  if (companies.length === 0) return <p>{t.quality.fallingNone}</p>;
  const unitOf = (f: FallingCompany) => (f.unit === null ? t.quality.noUnit : unitName(f.unit));
  return (
    <div className={styles.wrap}>
      <Table size="small" className={styles.table}>
        <caption className={styles.caption}>{t.quality.fallingCaption}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t.common.company}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.quality.beforeNow}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.common.date}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.common.unit}</TableHeaderCell>
            <TableHeaderCell scope="col">{t.quality.source}</TableHeaderCell>
            {me.isCoordinator ? <TableHeaderCell scope="col">{t.overview.actions}</TableHeaderCell> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {companies.map((f) => {
            const name = f.companyName ?? `CVR ${f.cvr}`;
            const [before, now] = [formatDecimal(f.before, locale), formatDecimal(f.now, locale)];
            return (
              <TableRow key={f.cvr} data-cvr={f.cvr}>
                <RowHeader><CompanyLink cvr={f.cvr} name={f.companyName} /></RowHeader>
                <TableCell className={styles.nowrap}>
                  {before} → {now}
                  <div className={styles.muted}>{t.quality.beforeBasis(f.beforeCount)}</div>
                </TableCell>
                <TableCell className={styles.nowrap}>{formatDate(f.date, locale)}</TableCell>
                <TableCell>{unitOf(f)}</TableCell>
                <TableCell>{t.quality.sources[f.source]}</TableCell>
                {me.isCoordinator ? (
                  <TableCell>
                    <Link aria-label={t.overview.proposeFor(name)} href={hrefs.newProposal({
                      kind: 'feedbackTrend', reference: f.cvr, title: t.quality.fallTitle(name),
                      summary: t.quality.fallSummary(name, before, now, formatDate(f.date, locale), unitOf(f)),
                    })}>{t.overview.propose}</Link>
                  </TableCell>
                ) : null}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
