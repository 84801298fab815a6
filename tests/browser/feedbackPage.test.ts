import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreatedFeedbackLink } from '../../bot/contract/api.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { testCompany, validCvr } from '../support/companies.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';
import { assertAccessible } from './support/axe.js';
import { chromiumMissing, launchChromium, newPage, screenshot } from './support/browser.js';

const COMPANY = testCompany({ cvr: validCvr(701), name: 'Bønnerup Fiskeeksport A/S' });

/** The public page a company's contact person opens, served by the real server on Azurite. */
describe('public feedback page in Chromium: keyboard, errors, axe, reflow', function () {
  this.timeout(90_000);
  let azurite: RunningAzurite;
  let t: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  before(async function () {
    const missing = chromiumMissing();
    if (missing) {
      console.warn(missing);
      this.skip();
    }
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { seed: (s) => s.companies.upsertMany([COMPANY]).then(() => undefined) });
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.stop();
    await azurite?.stop();
  });
  afterEach(async () => {
    await context?.close();
  });

  /** A fresh link's address on the test server (links name the configured public address). */
  async function linkUrl(): Promise<string> {
    const coordinator = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const res = await coordinator.post<CreatedFeedbackLink>('/feedback/links', { cvr: COMPANY.cvr });
    return `${t.baseUrl}${new URL(res.body.url).pathname}`;
  }

  /** "input#rating-4:checked": what has focus, as a string the assertions can compare. */
  const focused = (p: Page) => p.evaluate<string>(`(() => {
    const e = document.activeElement;
    return e ? e.tagName.toLowerCase() + '#' + e.id + (e.type === 'radio' ? (e.checked ? ':checked' : ':unchecked') : '') : '';
  })()`);

  it('looks as designed under its own Content-Security-Policy, which lets nothing else load or run', async () => {
    ({ context, page } = await newPage(browser, { bypassCsp: false }));
    const refused: string[] = [];
    page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) refused.push(m.text()); });
    await page.goto(await linkUrl());
    assert.equal(await page.evaluate("getComputedStyle(document.querySelector('header')).backgroundColor"), 'rgb(0, 59, 92)', 'the inline style sheet applies');
    assert.deepEqual(refused, [], 'nothing on the page itself is refused');
    await assert.rejects(page.addScriptTag({ content: 'window.injected = true' }), /Content Security Policy/);
  });

  it('passes axe, and is filled in and sent with the keyboard alone', async () => {
    ({ context, page } = await newPage(browser));
    await page.goto(await linkUrl());
    assert.equal(await page.locator('html').getAttribute('lang'), 'da');
    assert.equal(await page.locator('h1').textContent(), 'Hvordan oplever I samarbejdet med kommunen?');
    await screenshot(page, 'feedback-form', { fullPage: true });
    await assertAccessible(page, 'public feedback form');

    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input#rating-1:unchecked', 'the first control is the first question');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.equal(await focused(page), 'input#rating-4:checked');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input#recommend-0:unchecked');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'textarea#comment');
    await page.keyboard.type('Godt samarbejde om praktik, men vi bliver ringet op af flere afdelinger.');
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), 'input#wish-same:checked', 'the group\'s chosen answer takes focus');
    await page.keyboard.press('ArrowDown');
    assert.equal(await focused(page), 'input#wish-fewer:checked');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Send svar');
    const outline = await page.evaluate('getComputedStyle(document.activeElement).outlineStyle');
    assert.equal(outline, 'solid', 'a visible focus ring');
    await screenshot(page, 'feedback-form-keyboard', { fullPage: true });
    await Promise.all([page.waitForURL(/\/feedback\//), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Tak for jeres svar' }).waitFor();
    assert.ok(await page.getByText('I har bedt om færre henvendelser.').isVisible());
    await assertAccessible(page, 'thank-you page');
    await screenshot(page, 'feedback-thanks');

    const [answer] = (await t.stores.feedback.forCompany(COMPANY.cvr)).responses;
    assert.deepEqual([answer.rating, answer.recommend, answer.wish, answer.review?.state], [4, 9, 'fewer', 'pending']);
    assert.match(answer.comment ?? '', /^Godt samarbejde om praktik/);
  });

  it('puts an error summary first, focuses it, links it to the fields and keeps what was typed', async () => {
    ({ context, page } = await newPage(browser));
    await page.goto(await linkUrl());
    await page.getByLabel('Vil I fortælle os mere? (valgfrit)').fill('Kontaktperson 120508-1234 var syg');
    await page.getByRole('button', { name: 'Send svar' }).click();
    const summary = page.locator('#fejl');
    await summary.waitFor();
    assert.match(await page.title(), /^Fejl: /);
    assert.equal(await page.evaluate('document.activeElement.id'), 'fejl', 'focus starts on the summary');
    assert.equal(await page.getByLabel('Vil I fortælle os mere? (valgfrit)').inputValue(), 'Kontaktperson 120508-1234 var syg');
    const link = summary.getByRole('link', { name: /CPR-nummer/ });
    assert.equal(await link.getAttribute('href'), '#comment');
    await screenshot(page, 'feedback-form-errors', { fullPage: true });
    await assertAccessible(page, 'feedback form with errors');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate("document.activeElement.getAttribute('href')"), '#comment', 'Tab reaches the summary\'s link');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate('location.hash'), '#comment');
    assert.equal((await t.stores.feedback.forCompany(COMPANY.cvr)).responses.length, 1, 'only the first test\'s answer');
  });

  it('reflows to one column at 320 px (400 % zoom) without sideways scrolling', async () => {
    ({ context, page } = await newPage(browser, { width: 320, height: 640 }));
    await page.goto(await linkUrl());
    assert.equal(await page.evaluate('document.documentElement.scrollWidth'), 320);
    await screenshot(page, 'feedback-form-320', { fullPage: true });
    await assertAccessible(page, 'feedback form at 320 px');
  });

  it('shows refusals as accessible Danish pages', async () => {
    ({ context, page } = await newPage(browser));
    const res = await page.goto(`${t.baseUrl}/feedback/dette-er-ikke.et-link`);
    assert.equal(res?.status(), 404);
    await page.getByRole('heading', { level: 1, name: 'Linket virker ikke' }).waitFor();
    await screenshot(page, 'feedback-invalid');
    await assertAccessible(page, 'invalid link page');
  });
});
