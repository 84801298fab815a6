import { Badge, Button, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { copenhagenDay, daysBetween, formatDaysAgo } from '@contract/domain';
import type { ProposalStatus, ProposalView } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { areaName, sectionName } from '../../format/labels';
import { formatDate, formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession, useUnitName } from '../../shell/session';
import { StatusChangeForm } from './StatusChangeForm';

const useStyles = makeStyles({
  card: {
    padding: tokens.spacingHorizontalL, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusLarge,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: `${tokens.spacingVerticalXS} 0 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { margin: `${tokens.spacingVerticalS} 0`, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', maxWidth: '80ch' },
  evidence: { margin: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  term: { color: tokens.colorNeutralForeground2 },
  def: { margin: 0, overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
  history: { margin: `${tokens.spacingVerticalS} 0 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  note: { color: tokens.colorNeutralForeground2 },
});

const BADGE: Record<ProposalStatus, BadgeProps['color']> = {
  ny: 'informative', 'under-behandling': 'warning', besluttet: 'brand', afvist: 'subtle', gennemfoert: 'success',
};

/** One proposal: what it says, what it rests on, where it stands and how it got there. */
export function ProposalCard({ proposal: p, onChanged, onConflict }: {
  proposal: ProposalView; onChanged: (p: ProposalView) => void; onConflict: (message: string) => void;
}) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const styles = useStyles();
  const headingId = useId();
  const [showHistory, setShowHistory] = useState(false);
  const [changing, setChanging] = useState(false);
  const created = copenhagenDay(new Date(p.createdAt));
  const age = formatDaysAgo(daysBetween(created, copenhagenDay(new Date())), locale);

  return (
    <article aria-labelledby={headingId} className={styles.card} data-proposal={p.id}>
      <div className={styles.head}>
        <h3 id={headingId} className={styles.title}>{p.title}</h3>
        <Badge appearance="tint" color={BADGE[p.status]}>{t.proposals.statuses[p.status]}</Badge>
      </div>
      <p className={styles.meta}>{t.proposals.createdBy(p.createdBy.name, formatDate(created, locale), age)}</p>
      <p className={styles.text}>{p.text}</p>
      <dl className={styles.evidence}>
        <dt className={styles.term}>{t.proposals.evidence}</dt>
        <dd className={styles.def}>{t.proposals.kinds[p.evidence.kind]}{p.evidence.reference ? <>: <Reference value={p.evidence.reference} /></> : null}</dd>
        {p.evidence.summary ? (
          <>
            <dt className={styles.term}>{t.proposals.evidenceSummary}</dt>
            <dd className={styles.def}>{p.evidence.summary}</dd>
          </>
        ) : null}
      </dl>
      <div className={styles.actions}>
        <Button size="small" aria-expanded={showHistory} onClick={() => setShowHistory((v) => !v)}>{t.proposals.history(p.history.length)}</Button>
        {me.isCoordinator && p.nextStatuses.length > 0 ? (
          <Button size="small" aria-expanded={changing} aria-label={t.proposals.changeFor(p.title)} onClick={() => setChanging((v) => !v)}>
            {t.proposals.change}
          </Button>
        ) : null}
      </div>
      {showHistory ? (
        <ol className={styles.history} aria-label={t.proposals.historyCaption(p.title)}>
          {p.history.map((h, i) => (
            <li key={`${h.at}-${i}`}>
              {formatTime(h.at, locale)}: {h.from === null
                ? t.proposals.createdEntry(h.by.name)
                : t.proposals.changedEntry(h.by.name, t.proposals.statuses[h.from], t.proposals.statuses[h.to])}
              {h.note ? <span className={styles.note}> – »{h.note}«</span> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {changing ? (
        <StatusChangeForm proposal={p} onChanged={(changed) => { setChanging(false); onChanged(changed); }}
          onConflict={(message) => { setChanging(false); onConflict(message); }} onCancel={() => setChanging(false)} />
      ) : null}
    </article>
  );
}

/** The evidence reference in words: a company links to its page, codes get their names. */
function Reference({ value }: { value: string }) {
  const { t, locale } = useI18n();
  const { me } = useSession();
  const unitName = useUnitName();
  if (/^\d{8}$/.test(value)) return <CompanyLink cvr={value} name={`CVR ${value}`} />;
  if (me.units.some((u) => u.id === value)) return <>{unitName(value)}</>;
  if (t.purposes[value]) return <>{t.purposes[value]}</>;
  if (/^[A-U]$/.test(value)) return <>{sectionName(value, locale)}</>;
  if (/^\d{4}$/.test(value)) return <>{areaName(value)}</>;
  return <>{value}</>;
}
