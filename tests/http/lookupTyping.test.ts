import assert from 'node:assert/strict';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardOf, cardTexts } from '../support/botClient.js';
import { testCompany, validCvr } from '../support/companies.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const NOW = new Date('2026-11-30T10:00:00Z');
const grenaa = { street: 'Torvet 1', postalCode: '8500', town: 'Grenaa', municipalityCode: '707' };

/** The held-out Norddjurs questions that went wrong before issue 16, asked through the real endpoint. */
const C = {
  revisionAps: testCompany({ cvr: validCvr(1601), name: 'Djurs Revision ApS', legalForm: 'ApS', address: grenaa }),
  revisionPs: testCompany({ cvr: validCvr(1602), name: 'Djurs Revision Statsautoriseret Revisionspartnerselskab', legalForm: 'P/S', address: grenaa }),
  kiosk: testCompany({ cvr: validCvr(1603), name: 'Anholt Havnekiosk', legalForm: 'Enkeltmandsvirksomhed', address: { street: 'Havnen 3', postalCode: '8592', town: 'Anholt', municipalityCode: '707' } }),
  havn: testCompany({ cvr: validCvr(1604), name: 'Anholt Havn I/S', legalForm: 'I/S', address: { street: 'Havnen 1', postalCode: '8592', town: 'Anholt', municipalityCode: '707' } }),
  tag: testCompany({ cvr: validCvr(1605), name: 'Kolind Tagdækning ApS', legalForm: 'ApS', address: { street: 'Bygaden 7', postalCode: '8560', town: 'Kolind', municipalityCode: '707' } }),
  toemrer: testCompany({ cvr: validCvr(1606), name: 'Kolind Tømrer ApS', legalForm: 'ApS', address: { street: 'Bygaden 9', postalCode: '8560', town: 'Kolind', municipalityCode: '707' } }),
};

describe('Ask the bot as staff really type (issue 16), through /api/messages', function () {
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW, seed: async (stores) => { await stores.companies.upsertMany(Object.values(C)); } });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  async function ask(text: string) {
    const replies = await t.client.say(text);
    assert.equal(replies.length, 1, `one reply to "${text}"`);
    const card = cardOf(replies[0]);
    const actions = (card.actions ?? []) as { verb?: string; data?: { cvr?: string } }[];
    return { all: cardTexts(card).join('\n'), choices: actions.filter((a) => a.verb === 'lookup.choose').map((a) => a.data?.cvr) };
  }

  it('offers the choice card, not an answer, when two companies fit equally', async () => {
    const { choices, all } = await ask('har nogen kontaktet Djurs Revision?');
    assert.deepEqual(choices.sort(), [C.revisionAps.cvr, C.revisionPs.cvr].sort(), all);
  });

  it('answers for the partnerselskab when the legal form is typed', async () => {
    const { choices, all } = await ask('har nogen kontaktet Djurs Revision P/S?');
    assert.deepEqual(choices, [], all);
    assert.match(all, /Djurs Revision Statsautoriseret Revisionspartnerselskab/);
    assert.doesNotMatch(all, /Djurs Revision ApS/);
  });

  it('answers an abbreviation, a compound written apart and a word cut short', async () => {
    for (const [query, name] of [
      ['djurs statsaut. revision', C.revisionPs.name], ['anholt havn kiosk', C.kiosk.name], ['Kolind Tag', C.tag.name],
    ]) {
      const { choices, all } = await ask(`har nogen kontaktet ${query}?`);
      assert.deepEqual(choices, [], `${query}: ${all}`);
      assert.ok(all.includes(name), `${query}: ${all}`);
    }
  });
});
