/** Saved versions, newest first, each with who, when, why and what changed; any one can be opened read-only. */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState, type Ref } from 'react';
import type { StrategyResponse, StrategyVersionSummary } from '../../api/types';
import { Section } from '../../components/Section';
import { ShowMore } from '../../components/ShowMore';
import { StatusRegion } from '../../components/StatusRegion';
import { useShowMore } from '../../components/useShowMore';
import { formatTime } from '../../format/format';
import { useI18n } from '../../i18n';
import { useSession } from '../../shell/session';
import { changeText, namer, type StrategyNames } from './strategyText';
import { StrategyView } from './StrategyView';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '60rem' },
  item: {
    padding: tokens.spacingHorizontalM, backgroundColor: tokens.colorNeutralBackground1, borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  current: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  note: { margin: `${tokens.spacingVerticalXS} 0 0 0` },
  changes: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2, margin: `${tokens.spacingVerticalXS} 0` },
  // An older version is set apart from the one in force by a bar down its side.
  shown: {
    marginTop: tokens.spacingVerticalL, paddingLeft: tokens.spacingHorizontalL,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
  },
});

export function StrategyHistory({ versions, loading, error, names, currentVersion }: {
  versions: readonly StrategyVersionSummary[] | null;
  loading: boolean;
  error: unknown;
  /** Names from the version in force: units and purposes are never removed, so it names every older one too. */
  names: StrategyNames;
  currentVersion: number;
}) {
  const { t, locale } = useI18n();
  const { api } = useSession();
  const styles = useStyles();
  const { visible, more, showMore } = useShowMore(versions ?? [], 10);
  const [open, setOpen] = useState<StrategyResponse | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const [openError, setOpenError] = useState<unknown>(null);
  const shownRef = useRef<HTMLHeadingElement>(null);
  const [focusShown, setFocusShown] = useState(0);
  useEffect(() => {
    if (focusShown > 0) shownRef.current?.focus();
  }, [focusShown]);

  const n = namer({ ...names, companyNames: { ...open?.companyNames, ...names.companyNames } }, locale, t);

  const close = () => {
    const version = open?.strategy.version;
    setOpen(null);
    // Back to the button that opened it, which now says "show" again.
    if (version !== undefined) document.querySelector<HTMLElement>(`li[data-version="${version}"] button`)?.focus();
  };

  const toggle = async (version: number) => {
    if (open?.strategy.version === version) {
      setOpen(null);
      return;
    }
    setBusy(version);
    setOpenError(null);
    try {
      setOpen(await api.get<StrategyResponse>(`/strategy/versions/${version}`));
      setFocusShown((x) => x + 1);
    } catch (err) {
      setOpenError(err);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Section title={t.strategy.historyHeading} intro={t.strategy.historyIntro}>
      <StatusRegion loading={loading} error={error} />
      {versions && versions.length === 0 ? <p>{t.strategy.historyNone}</p> : null}
      {versions && versions.length > 0 ? (
        <>
          <ol className={styles.list} aria-label={t.strategy.historyHeading}>
            {visible.map((v) => {
              const isOpen = open?.strategy.version === v.version;
              return (
                <li key={v.version} className={styles.item} data-version={v.version}>
                  <h3 className={styles.heading}>
                    {t.strategy.historyEntry(v.version, formatTime(v.savedAt, locale), v.savedBy)}
                    {v.version === currentVersion ? <span className={styles.current}> ({t.strategy.currentVersion})</span> : null}
                  </h3>
                  {v.note ? <p className={styles.note}>{t.strategy.versionNote(v.note)}</p> : null}
                  {v.changes.length === 0 ? <p className={styles.muted}>{t.strategy.noChanges}</p> : (
                    <ul className={styles.changes}>
                      {v.changes.map((c, i) => <li key={i}>{changeText(c, n, t)}</li>)}
                      {v.moreChanges > 0 ? <li>{t.strategy.moreChanges(v.moreChanges)}</li> : null}
                    </ul>
                  )}
                  <Button size="small" aria-expanded={isOpen} disabled={busy !== null} onClick={() => void toggle(v.version)}>
                    {isOpen ? t.strategy.hide(v.version) : t.strategy.show(v.version)}
                  </Button>
                </li>
              );
            })}
          </ol>
          {versions.length > 10 ? <ShowMore shown={visible.length} total={versions.length} more={more} onMore={showMore} /> : null}
        </>
      ) : null}
      <StatusRegion loading={busy !== null} error={openError} />
      {open ? (
        <div className={styles.shown}>
          <ShownVersion shown={open} headingRef={shownRef} onClose={close} />
        </div>
      ) : null}
    </Section>
  );
}

function ShownVersion({ shown, headingRef, onClose }: { shown: StrategyResponse; headingRef: Ref<HTMLHeadingElement>; onClose: () => void }) {
  const { t, locale } = useI18n();
  const s = shown.strategy;
  return (
    <Section title={t.strategy.versionHeading(s.version)} level={3} headingRef={headingRef}>
      {s.savedAt && s.savedBy ? <p>{t.strategy.versionSaved(formatTime(s.savedAt, locale), s.savedBy)}</p> : null}
      {s.note ? <p>{t.strategy.versionNote(s.note)}</p> : null}
      <StrategyView strategy={s} companyNames={shown.companyNames} level={4} idPrefix={`v${s.version}`} />
      <p><Button size="small" onClick={onClose}>{t.strategy.hide(s.version)}</Button></p>
    </Section>
  );
}
