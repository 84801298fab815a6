/**
 * A fake Teams client for browser tests: a page on the tab's own origin that frames the tab and answers the
 * teams-js postMessage calls (initialize, getContext, getAuthToken, the channel-tab settings). teams-js
 * accepts messages from its own origin, so no Microsoft host is needed.
 */
import type { Page } from 'playwright-core';

export interface FakeTeams {
  locale: string;
  theme: 'default' | 'dark' | 'contrast';
  /** 'content' for a tab, 'settings' for the configuration page. */
  frameContext: 'content' | 'settings';
  /** What authentication.getAuthToken() hands the tab; null makes it fail, as when consent is missing. */
  token: string | null;
  /** The sub-entity a deep link names (an activity-feed notice's "virksomhed/<cvr>"); none by default. */
  subEntityId?: string;
}

export const HOST_PATH = '/teams-host.html';

function hostHtml(tabUrl: string, teams: FakeTeams): string {
  const runtime = JSON.stringify({ apiVersion: 4, supports: { appInitialization: {}, authentication: {}, pages: { config: {}, tabs: {} }, teamsCore: {} } });
  const context = { locale: teams.locale, theme: teams.theme, frameContext: teams.frameContext, hostClientType: 'web', entityId: 'oversigt', tid: 'tenant', userObjectId: 'user', ...(teams.subEntityId ? { subEntityId: teams.subEntityId } : {}) };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fake Teams</title>
<style>html,body{margin:0;height:100%} iframe{border:0;width:100%;height:100%}</style></head><body>
<iframe id="tab" title="Erhvervskoordinator" src="${tabUrl}"></iframe>
<script>
  const cfg = ${JSON.stringify({ runtime, context, frameContext: teams.frameContext, token: teams.token })};
  window.hostCalls = [];
  const frame = document.getElementById('tab');
  const post = (msg) => frame.contentWindow.postMessage(msg, '*');
  window.addEventListener('message', (e) => {
    if (e.source !== frame.contentWindow || !e.data || typeof e.data.func !== 'string') return;
    const m = e.data;
    window.hostCalls.push({ func: m.func, args: m.args });
    const reply = (args) => post({ id: m.id, uuidAsString: m.uuidAsString, args });
    switch (m.func) {
      case 'initialize': return reply([cfg.frameContext, 'web', cfg.runtime, '2.0.0']);
      case 'getContext': return reply([cfg.context]);
      case 'authentication.getAuthToken': return reply(cfg.token === null ? [false, 'resourceRequiresConsent'] : [true, cfg.token]);
      case 'settings.setSettings': window.savedConfig = m.args[0]; return reply([true]);
      case 'settings.save.success': window.saveSucceeded = true; return;
    }
  });
  window.sendTheme = (theme) => post({ func: 'themeChange', args: [theme] });
  window.pressSave = () => post({ func: 'settings.save', args: [{}] });
</script></body></html>`;
}

/** Serves the host page at HOST_PATH on the tab's origin (through page.route, so it works against any server). */
export async function openInFakeTeams(page: Page, baseUrl: string, tabHash: string, teams: FakeTeams): Promise<void> {
  const hostUrl = `${baseUrl}${HOST_PATH}`;
  await page.route(hostUrl, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hostHtml(`${baseUrl}/tab/index.html${tabHash}`, teams) }));
  await page.goto(hostUrl);
}

export function tabFrame(page: Page) {
  return page.frameLocator('#tab');
}
