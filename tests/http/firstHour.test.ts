import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HELP_EXAMPLES } from '../../bot/cards/helpExamples.js';
import { generateDemoData } from '../../bot/demo/index.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { seedDemoDataIfEmpty } from '../../bot/services/demoSeed.js';
import { cardOf, cardTexts, containersWithStyle } from '../support/botClient.js';
import { repoRoot, startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

/**
 * The first hour of a newcomer, against the demo data `npm start` seeds: the help card's examples, acting as a
 * colleague of another unit in the Playground, and one name per unit on every card.
 */
const NOW = new Date('2026-12-04T10:00:00Z');
const TODAY = '2026-12-04';

describe('The first hour against the demo data, through /api/messages', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed: async (s) => { await seedDemoDataIfEmpty(s, NOW); } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  async function ask(text: string, o: Parameters<TestApp['client']['say']>[1] = {}) {
    const replies = await t.client.say(text, o);
    assert.equal(replies.length, 1, `one reply to "${text}"`);
    const card = cardOf(replies[0]);
    return { card, all: cardTexts(card).join('\n') };
  }

  describe('every example of the help card and the docs answers with the company it names', () => {
    for (const example of HELP_EXAMPLES) {
      for (const locale of ['da', 'en'] as const) {
        it(`"${example[locale]}" (${locale})`, async () => {
          const { card, all } = await ask(example[locale], { locale: locale === 'da' ? 'da-DK' : 'en-US' });
          assert.ok(all.includes(example.company.name), `answers about ${example.company.name}:\n${all}`);
          assert.ok(all.includes(example.company.cvr), `shows CVR ${example.company.cvr}`);
          assert.equal(containersWithStyle(card, 'attention').length > 0, example.optedOut, 'the opt-out banner exactly when the company declined contact');
        });
      }
    }

    it('the help card shows exactly these examples', async () => {
      for (const locale of ['da', 'en'] as const) {
        const { all } = await ask(locale === 'da' ? 'hjælp' : 'help', { locale: locale === 'da' ? 'da-DK' : 'en-US' });
        const shown = [...all.matchAll(/^• \*(.+)\*$/gmu)].map((m) => m[1]);
        assert.deepEqual(shown, HELP_EXAMPLES.map((e) => e[locale]));
      }
    });

    it('docs/first-hour.md lists the same examples, so the docs cannot drift from what is tested', () => {
      const doc = readFileSync(path.join(repoRoot, 'docs', 'first-hour.md'), 'utf8');
      const section = doc.split('<!-- examples -->')[1] ?? '';
      const listed = [...section.matchAll(/^- `([^`]+)`/gmu)].map((m) => m[1]);
      assert.deepEqual(listed, HELP_EXAMPLES.map((e) => e.da));
    });

    it('names demo companies that the seeded generator really makes, whatever the date', () => {
      const companies = generateDemoData({ now: new Date('2031-06-01T00:00:00Z'), targetContactCount: 10 }).companies;
      for (const e of HELP_EXAMPLES) assert.equal(companies.find((c) => c.cvr === e.company.cvr)?.name, e.company.name);
    });
  });

  describe('acting as a colleague from another unit ("som <navn>")', () => {
    // A demo company nobody contacted in the last 90 days and without an opt-out, so every warning below is ours.
    const demo = generateDemoData({ now: NOW });
    const quiet = demo.companies.find((c) => c.inMunicipality
      && !demo.contacts.some((x) => x.cvr === c.cvr) && !demo.optOuts.some((o) => o.cvr === c.cvr));

    it('logs a contact as Ungeindsatsen, then as Skoleområdet sees the parallel-contact warning, then goes back', async () => {
      assert.ok(quiet, 'the demo data has a company without contacts');
      const conversationId = `conv-first-hour-${Date.now()}`;
      const say = (text: string) => ask(text, { conversationId });

      assert.match((await say('som Camilla')).all, /Du er nu Camilla Brøndum \(Ungeindsatsen\)/);
      const opened = await t.client.execute('logContact.open', { cvr: quiet.cvr }, { conversationId });
      const openedCard = opened.body.value as { actions?: { verb?: string; data?: Record<string, unknown> }[] };
      const ids = openedCard.actions?.find((a) => a.verb === 'logContact.submit')?.data ?? {};
      const saved = await t.client.execute('logContact.submit', {
        ...ids, date: TODAY, unit: 'unge', channel: 'telefon', purpose: 'ungepraktik', outcome: 'Tager en praktikant',
      }, { conversationId });
      assert.match(cardTexts(saved.body.value).join('\n'), /Kontakten er gemt/);
      const stored = (await t.stores.history.read(quiet.cvr)).contacts;
      assert.deepEqual(stored.map((c) => [c.unit, c.staffName]), [['unge', 'Camilla Brøndum']], 'stored as the colleague');

      assert.match((await say('skift til Skoleområdet')).all, /Du er nu Lars Bækgaard \(Skoleområdet\)/);
      const { card, all } = await say(quiet.cvr);
      const warnings = containersWithStyle(card, 'warning').map((c) => cardTexts(c).join('\n')).join('\n');
      assert.match(warnings, /Ungeindsatsen: Camilla Brøndum/, `the parallel-contact warning:\n${all}`);

      assert.match((await say('som mig')).all, /Du er dig selv igen \(Henrik Østergaard\)/);
      assert.match((await say('som mig')).all, /Du er allerede dig selv/);
      // Another conversation never acted as anyone.
      const elsewhere = await ask('som Pia');
      assert.match(elsewhere.all, /Du er nu Pia Mølgaard \(Jobcentret\)/);
    });

    it('names the colleagues it knows when the name matches none', async () => {
      const { all } = await ask('skift til kantinen');
      assert.match(all, /ingen demo-kollega eller enhed, der hedder "kantinen"/);
      assert.match(all, /Mette Kjærgaard \(Erhverv\)/);
    });
  });

  describe('one name per unit', () => {
    it('the answer, the log card and the opt-out card all call the jobcentre "Jobcentret"', async () => {
      const withJobcentre = recentContacts().find((c) => c.unit === 'jobcenter');
      assert.ok(withJobcentre);
      const answer = (await ask(withJobcentre.cvr, { from: { id: 'user-unge-1', name: 'Camilla Brøndum', aadObjectId: '00000000-0000-4000-8000-000000000003' } })).all;
      const logCard = cardTexts((await t.client.execute('logContact.open', { cvr: withJobcentre.cvr })).body.value).join('\n');
      const optOutCard = (await ask(`${withJobcentre.cvr} har frabedt sig kontakt`)).all;
      for (const [surface, text] of [['answer', answer], ['log card', logCard], ['opt-out card', optOutCard]]) {
        assert.match(text, /Jobcentret/, surface);
        assert.doesNotMatch(text, /Arbejdsmarkedsafdelingen/, surface);
      }
    });
  });

  /** Recent demo contacts, newest first. */
  function recentContacts() {
    return generateDemoData({ now: NOW }).contacts.filter((c) => c.date >= '2026-11-20').sort((a, b) => b.date.localeCompare(a.date));
  }
});

describe('"som <navn>" outside local mode', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    // Not local mode: the switch is gone even though this test server skips Bot Framework authentication.
    t = await startTestApp(azurite, {
      now: () => NOW,
      config: { localMode: false, sso: { clientId: 'test-client', tenantId: 'test-tenant', authorityHost: 'http://127.0.0.1:9', coordinatorGroupId: null } },
    });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  it('is refused with the reason, and the next message is still the sender\'s own', async () => {
    const conversationId = `conv-production-${Date.now()}`;
    const [reply] = await t.client.say('som Mette', { conversationId });
    assert.match(cardTexts(cardOf(reply)).join('\n'), /findes kun i lokal tilstand/);
    const [again] = await t.client.say('skift til koordinatoren', { conversationId, locale: 'en-US' });
    assert.match(cardTexts(cardOf(again)).join('\n'), /exist only in local mode/);
  });
});
