import { useState } from 'react';
import type { Query } from '../api/client';
import { useI18n } from '../i18n';
import { useSession } from '../shell/session';

/** A file download from the tab API with the state a StatusRegion shows: busy, the error, or the saved name. */
export function useDownload() {
  const { t } = useI18n();
  const { api } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const download = async (path: string, query: Query, fileName: string) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      setDone(t.export.done(await api.download(path, query, fileName)));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, done, download };
}
