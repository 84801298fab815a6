import { makeStyles, tokens } from '@fluentui/react-components';
import type { CompanyComment } from '../../api/types';
import { CompanyLink } from '../../components/CompanyLink';
import { formatDate } from '../../format/format';
import { useI18n } from '../../i18n';
import { useUnitName } from '../../shell/session';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '80ch' },
  item: {
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderLeftWidth: '4px', borderLeftColor: tokens.colorBrandStroke1,
  },
  quote: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  meta: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** What the companies wrote themselves, newest first, with who, when and what it concerned. */
export function CommentList({ comments }: { comments: readonly CompanyComment[] }) {
  const { t, locale } = useI18n();
  const unitName = useUnitName();
  const styles = useStyles();
  if (comments.length === 0) return <p>{t.quality.commentsNone}</p>;
  return (
    <ul className={styles.list}>
      {comments.map((c) => {
        const facts = [
          formatDate(c.date, locale),
          c.unit === null ? null : unitName(c.unit),
          c.purpose === null ? null : (t.purposes[c.purpose] ?? c.purpose),
          c.rating === null ? null : t.company.ratingOf(c.rating),
          t.quality.wishes[c.wish] || null,
        ].filter((x): x is string => x !== null);
        return (
          <li key={c.id} className={styles.item}>
            <blockquote className={styles.quote}>{c.comment}</blockquote>
            <div className={styles.meta}>
              <CompanyLink cvr={c.cvr} name={c.companyName} /> · {facts.join(' · ')}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
