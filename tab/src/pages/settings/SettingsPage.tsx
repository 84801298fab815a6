/**
 * Indstillinger: everyone's own activity-feed choice; for the coordinator also the channel the weekly overview and
 * shared plans go to, and posting this week's overview on demand. The server's Danish refusals (no channel, bot removed) are shown as they are.
 */
import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ChannelsResponse, DigestTargetRequest, PostedResponse } from '../../api/types';
import { useResource } from '../../api/useResource';
import { PageHeading } from '../../components/PageHeading';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { formatTime } from '../../format/format';
import { weekLabel } from '../../format/labels';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { CvrSyncStatus } from '../registerChanges/CvrSyncStatus';
import { ActivityFeedSetting } from './ActivityFeedSetting';
import { ReadinessStatus } from './ReadinessStatus';

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  select: { minWidth: '18rem' },
});

export default function SettingsPage() {
  const { t, locale } = useI18n();
  const { api, me } = useSession();
  const styles = useStyles();
  const channels = useResource((signal) => api.get<ChannelsResponse>('/channels', undefined, signal), me.isCoordinator ? 'channels' : 'none');
  const [chosen, setChosen] = useState('');
  const [busy, setBusy] = useState<'save' | 'run' | null>(null);
  const [status, setStatus] = useState<{ at: 'save' | 'run'; error?: unknown; message?: string } | null>(null);

  useEffect(() => {
    const d = channels.data;
    if (d) setChosen(d.target?.conversationId ?? d.channels[0]?.conversationId ?? '');
  }, [channels.data]);

  if (!me.isCoordinator) {
    return (
      <>
        <PageHeading>{t.settings.heading}</PageHeading>
        <p>{t.settings.staffReadOnly}</p>
        <ActivityFeedSetting />
      </>
    );
  }

  const act = async (at: 'save' | 'run') => {
    setBusy(at);
    setStatus(null);
    try {
      if (at === 'save') {
        const body: DigestTargetRequest = { conversationId: chosen };
        await api.put('/digest/target', body);
        const label = channels.data?.channels.find((c) => c.conversationId === chosen)?.label ?? chosen;
        setStatus({ at, message: t.settings.saved(label) });
        channels.reload();
      } else {
        const r = await api.post<PostedResponse>('/digest/run', {});
        setStatus({ at, message: t.settings.ran(weekLabel(r.week, t)) });
      }
    } catch (error) {
      setStatus({ at, error });
    } finally {
      setBusy(null);
    }
  };

  const data = channels.data;
  const target = data?.target;
  return (
    <>
      <PageHeading intro={t.settings.intro}>{t.settings.heading}</PageHeading>
      <StatusRegion loading={channels.loading} error={channels.error} />
      {data ? (
        <>
          <Section title={t.settings.channelHeading}>
            <p>{target ? t.settings.current(target.label, target.setBy, formatTime(target.setAt, locale)) : t.settings.noCurrent}</p>
            {data.channels.length === 0 ? <p>{t.settings.none}</p> : (
              <form className={styles.row} onSubmit={(e) => { e.preventDefault(); void act('save'); }}>
                <Field label={t.settings.channel}>
                  <Select className={styles.select} value={chosen} onChange={(_, d) => setChosen(d.value)}>
                    {data.channels.map((c) => <option key={c.conversationId} value={c.conversationId}>{c.label}</option>)}
                  </Select>
                </Field>
                <Button type="submit" appearance="primary" disabled={busy !== null || !chosen}>{t.settings.save}</Button>
              </form>
            )}
            <StatusRegion loading={busy === 'save'} loadingLabel={t.settings.saving} error={status?.at === 'save' ? status.error : null}
              success={status?.at === 'save' ? status.message : null} />
          </Section>
          <Section title={t.settings.digestHeading} intro={t.settings.digestIntro}>
            <Button disabled={busy !== null} onClick={() => void act('run')}>{t.settings.run}</Button>
            <StatusRegion loading={busy === 'run'} loadingLabel={t.settings.running} error={status?.at === 'run' ? status.error : null}
              success={status?.at === 'run' ? status.message : null} />
          </Section>
          <Section title={t.registerChanges.sync.heading}>
            <CvrSyncStatus />
          </Section>
          <Section title={t.readiness.heading}>
            <ReadinessStatus />
          </Section>
        </>
      ) : null}
      <ActivityFeedSetting />
    </>
  );
}
