import { makeStyles, tokens } from '@fluentui/react-components';
import type { Contact } from '../../api/types';
import { ShowMore } from '../../components/ShowMore';
import { useShowMore } from '../../components/useShowMore';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, borderLeft: `2px solid ${tokens.colorNeutralStroke1}` },
  item: { position: 'relative', padding: `0 0 ${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}` },
  dot: {
    position: 'absolute', insetInlineStart: '-7px', top: '4px', width: '12px', height: '12px', borderRadius: '50%',
    backgroundColor: tokens.colorBrandBackground, border: `1px solid ${tokens.colorNeutralBackground1}`,
  },
  date: { fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  text: { margin: `${tokens.spacingVerticalXXS} 0 0` },
});

/** Newest first, as the API sends it: what was the last touch is what a caller needs to know. */
export function ContactTimeline({ contacts }: { contacts: readonly Contact[] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useStyles();
  const { visible, more, showMore } = useShowMore(contacts, 20);
  if (contacts.length === 0) return <p>{t.company.timelineNone}</p>;
  return (
    <>
      <ol className={styles.list}>
        {visible.map((c) => (
          <li key={c.id} className={styles.item}>
            <span className={styles.dot} aria-hidden="true" />
            <div>
              <span className={styles.date}>{formatDate(c.date, locale)}</span>{' '}
              <span className={styles.meta}>
                {t.company.by(c.staffName, unitName(c.unit))} · {t.channels[c.channel] ?? c.channel} · {t.purposes[c.purpose] ?? c.purpose}
              </span>
            </div>
            {c.outcome ? <p className={styles.text}>{t.company.outcome}: {c.outcome}</p> : null}
            {c.note ? <p className={styles.text}>{t.company.note}: {c.note}</p> : null}
            {c.followUpDate ? <p className={styles.text}>{t.company.followUp(formatDate(c.followUpDate, locale))}</p> : null}
          </li>
        ))}
      </ol>
      <ShowMore shown={visible.length} total={contacts.length} more={more} onMore={showMore} />
    </>
  );
}
