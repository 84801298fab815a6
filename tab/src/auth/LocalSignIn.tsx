import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { LocalUser } from '../api/types';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  main: { maxWidth: '720px', marginInline: 'auto', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}` },
  banner: { marginBottom: tokens.spacingVerticalL },
  heading: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subheading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalS}` },
  list: { listStyle: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  button: { justifyContent: 'flex-start', width: '100%', textAlign: 'start' },
  // Inherits the button's colour: a grey on the primary button's brand background fails contrast.
  unit: { color: 'inherit', fontWeight: tokens.fontWeightRegular, marginInlineStart: tokens.spacingHorizontalS },
});

/** Local mode's stand-in for SSO: pick one of the server's fictional identities. */
export function LocalSignIn({ users, onPick }: { users: LocalUser[]; onPick: (user: LocalUser) => void }) {
  const { t } = useI18n();
  const styles = useStyles();
  const unitName = (id: string) => t.signIn.knownUnits[id] ?? id;
  const group = (title: string, list: LocalUser[], primary: boolean) => list.length === 0 ? null : (
    <>
      <h2 className={styles.subheading}>{title}</h2>
      <ul className={styles.list}>
        {list.map((u) => (
          <li key={u.userId}>
            <Button className={styles.button} appearance={primary ? 'primary' : 'secondary'} onClick={() => onPick(u)}>
              {u.name}<span className={styles.unit}>({unitName(u.unit)})</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
  return (
    <main className={styles.main}>
      <MessageBar intent="warning" layout="multiline" className={styles.banner}>
        <MessageBarBody><MessageBarTitle>{t.app.localBanner}</MessageBarTitle> {t.signIn.bannerDetail}</MessageBarBody>
      </MessageBar>
      <h1 className={styles.heading}>{t.signIn.heading}</h1>
      <p>{t.signIn.intro}</p>
      {group(t.signIn.coordinator, users.filter((u) => u.coordinator), true)}
      {group(t.signIn.staff, users.filter((u) => !u.coordinator), false)}
    </main>
  );
}
