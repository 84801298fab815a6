/**
 * Each staff member's own choice of Teams activity-feed notices (GET/PUT /api/tab/activity-feed): stored as soon as a
 * switch is flipped, and said so in the status region, so nothing waits for a save button that could be missed.
 */
import { Field, MessageBar, MessageBarBody, Switch } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ActivityFeedChoice, ActivityFeedSettings } from '../../api/types';
import { useResource } from '../../api/useResource';
import { Section } from '../../components/Section';
import { StatusRegion } from '../../components/StatusRegion';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';

export function ActivityFeedSetting() {
  const { t } = useI18n();
  const { api } = useSession();
  const m = t.activityFeed;
  const loaded = useResource((signal) => api.get<ActivityFeedSettings>('/activity-feed', undefined, signal), 'activity-feed');
  const [choice, setChoice] = useState<ActivityFeedChoice | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ error?: unknown; message?: string } | null>(null);

  useEffect(() => {
    if (loaded.data) setChoice({ notify: loaded.data.notify, unitItems: loaded.data.unitItems });
  }, [loaded.data]);

  const change = async (next: ActivityFeedChoice) => {
    const before = choice;
    setChoice(next);
    setBusy(true);
    setStatus(null);
    try {
      const saved = await api.put<ActivityFeedSettings>('/activity-feed', next);
      setChoice({ notify: saved.notify, unitItems: saved.unitItems });
      setStatus({ message: m.saved(saved.notify) });
    } catch (error) {
      setChoice(before);
      setStatus({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Section title={m.heading} intro={m.intro}>
      <StatusRegion loading={loaded.loading && !loaded.data} error={loaded.error} />
      {loaded.data && !loaded.data.available ? (
        <MessageBar intent="info">
          <MessageBarBody>{m.unavailable}</MessageBarBody>
        </MessageBar>
      ) : null}
      {choice ? (
        <>
          <Switch
            label={m.notify}
            checked={choice.notify}
            disabled={busy}
            onChange={(_, d) => void change({ ...choice, notify: d.checked })}
          />
          <Field hint={m.unitItemsHint}>
            <Switch
              label={m.unitItems}
              checked={choice.notify && choice.unitItems}
              disabled={busy || !choice.notify}
              onChange={(_, d) => void change({ ...choice, unitItems: d.checked })}
            />
          </Field>
        </>
      ) : null}
      <StatusRegion loading={busy} loadingLabel={m.saving} error={status?.error} success={status?.message} />
    </Section>
  );
}
