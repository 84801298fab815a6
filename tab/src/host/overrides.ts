/**
 * Query parameters that stand in for the Teams context outside Teams (?theme=dark, ?lang=en), so a
 * browser can show and test every theme and language without a Teams client.
 */
import type { HostTheme } from './teamsHost';

export interface HostOverrides { theme: HostTheme | null; lang: string | null }

export function readOverrides(search: string = window.location.search): HostOverrides {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    theme: theme === 'dark' || theme === 'contrast' || theme === 'default' ? theme : theme === 'light' ? 'default' : null,
    lang: params.get('lang'),
  };
}
