/**
 * The channel tab's configuration page. Teams shows it when the tab is added to a channel and waits for
 * setValidityState(true) before enabling Save; the save handler tells Teams what the tab will show.
 */
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect } from 'react';
import { teamsJs } from '../../host/teamsHost';
import { useI18n } from '../../i18n';
import { hrefs } from '../../routing/routes';

const useStyles = makeStyles({
  main: { maxWidth: '720px', padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}` },
  heading: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

export const CONTENT_ENTITY_ID = 'oversigt';

export function contentUrl(origin: string = window.location.origin): string {
  return `${origin}/tab/index.html#/oversigt`;
}

export default function ConfigPage({ inTeams }: { inTeams: boolean }) {
  const { t } = useI18n();
  const styles = useStyles();
  useEffect(() => {
    if (!inTeams) return;
    void teamsJs().then(({ pages }) => {
      pages.config.registerOnSaveHandler((saveEvent) => {
        const url = contentUrl();
        pages.config.setConfig({ contentUrl: url, websiteUrl: url, entityId: CONTENT_ENTITY_ID, suggestedDisplayName: t.config.tabName })
          .then(() => saveEvent.notifySuccess(), (err: unknown) => saveEvent.notifyFailure(err instanceof Error ? err.message : String(err)));
      });
      // Nothing to choose: the tab is valid as it is.
      pages.config.setValidityState(true);
    });
  }, [inTeams, t]);
  return (
    <main className={styles.main}>
      <h1 className={styles.heading}>{t.config.heading}</h1>
      <p>{inTeams ? t.config.inTeams : t.config.outside}</p>
      {inTeams ? null : <p><Link href={hrefs.overview}>{t.config.openOverview}</Link></p>}
    </main>
  );
}
