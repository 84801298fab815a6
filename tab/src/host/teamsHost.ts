/**
 * Where the tab runs. Inside Teams the SDK gives locale, theme and SSO; anywhere else it must be found
 * out fast: teams-js rejects at once in a top-level window but waits 60 s in a foreign iframe.
 * The SDK is loaded only when the tab may be inside Teams: on import it fetches a list of valid domains
 * from Microsoft's CDN, which a plain browser (and an offline test) has no use for.
 */
export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostInfo {
  inTeams: boolean;
  /** Teams' UI locale, e.g. "da-dk" or "en-us"; null outside Teams. */
  locale: string | null;
  theme: HostTheme;
  /** The sub-entity a Teams deep link named (e.g. an activity-feed notice: "virksomhed/<cvr>"); null otherwise. */
  subPage: string | null;
}

type TeamsJs = typeof import('@microsoft/teams-js');

const INITIALIZE_TIMEOUT_MS = 3000;

let sdk: Promise<TeamsJs> | null = null;

/** The SDK, once detectHost has found Teams; callers outside Teams never get here. */
export function teamsJs(): Promise<TeamsJs> {
  sdk ??= import('@microsoft/teams-js');
  return sdk;
}

export function normalizeTheme(theme: string | undefined | null): HostTheme {
  return theme === 'dark' ? 'dark' : theme === 'contrast' ? 'contrast' : 'default';
}

function topLevelBrowser(): boolean {
  // Teams mobile runs the tab top-level in a webview that injects nativeInterface.
  return window.parent === window && !('nativeInterface' in window);
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('teams-js initialize timed out')), ms));
}

export async function detectHost(): Promise<HostInfo> {
  const outside: HostInfo = { inTeams: false, locale: null, theme: 'default', subPage: null };
  if (topLevelBrowser()) return outside;
  try {
    const { app } = await teamsJs();
    await Promise.race([app.initialize(), timeout(INITIALIZE_TIMEOUT_MS)]);
    const context = await Promise.race([app.getContext(), timeout(INITIALIZE_TIMEOUT_MS)]);
    return { inTeams: true, locale: context.app.locale ?? null, theme: normalizeTheme(context.app.theme), subPage: context.page.subPageId || null };
  } catch {
    return outside;
  }
}

export async function onTeamsThemeChange(handler: (theme: HostTheme) => void): Promise<void> {
  const { app } = await teamsJs();
  app.registerOnThemeChangeHandler((theme) => handler(normalizeTheme(theme)));
}
