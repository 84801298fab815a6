/** Opening the tab as a person would: the URL, the local user picker, and waiting for the page to settle. */
import type { Page } from 'playwright-core';
import type { LocalUser } from '../../../bot/contract/api.js';
import type { Target } from './target.js';

export interface OpenOptions { hash?: string; theme?: 'default' | 'dark' | 'contrast'; lang?: 'da' | 'en' }

export function tabUrl(target: Target, opts: OpenOptions = {}): string {
  const params = new URLSearchParams();
  if (opts.theme) params.set('theme', opts.theme);
  if (opts.lang) params.set('lang', opts.lang);
  const qs = params.toString();
  return `${target.baseUrl}/tab/index.html${qs ? `?${qs}` : ''}${opts.hash ?? '#/oversigt'}`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Loads the tab and signs in through the picker; sessionStorage then remembers the user for this page. */
export async function openAs(page: Page, target: Target, user: LocalUser, opts: OpenOptions = {}): Promise<void> {
  await page.goto(tabUrl(target, opts));
  await page.getByRole('button', { name: new RegExp(`^${escapeRegExp(user.name)}\\b`) }).click();
  await page.getByRole('navigation').waitFor();
  await settle(page);
}

/** Goes to a page of the signed-in tab by its hash and waits for it to finish loading. */
export async function goTo(page: Page, hash: string): Promise<void> {
  await page.evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await page.locator('main h1').first().waitFor();
  await settle(page);
}

/** No spinner left: every request the page made has been answered. */
export async function settle(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await page.waitForFunction('document.querySelectorAll(".fui-Spinner").length === 0');
}
