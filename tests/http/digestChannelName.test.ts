import assert from 'node:assert/strict';
import type { ChannelsResponse } from '../../bot/contract/api.js';
import type { RunningAzurite } from '../../bot/scripts/azurite.js';
import { cardOf, cardTexts, type Sender } from '../support/botClient.js';
import { localTabApi } from '../support/localTabApi.js';
import { startTestAzurite } from '../support/storage.js';
import { startTestApp, type TestApp } from '../support/testApp.js';

const COORDINATOR: Sender = { id: 'user-erhverv-1', name: 'Mette Kjærgaard', aadObjectId: '00000000-0000-4000-8000-000000000001' };
const KOORDINERING = '19:koordinering@thread.tacv2';
const NOW = new Date('2026-11-30T09:00:00Z');

/**
 * The channel the settings page and the "digest her" reply name is the channel the posts go to. Teams sends the
 * channel's name in installation events but not in messages; the bot used to call every unnamed channel "General".
 */
describe('The digest channel is named as the channel the posts land in', function () {
  this.timeout(60_000);
  let azurite: RunningAzurite;
  let t: TestApp;

  before(async () => {
    azurite = await startTestAzurite();
    t = await startTestApp(azurite, { now: () => NOW });
  });
  after(async () => {
    await t?.stop();
    await azurite?.stop();
  });

  async function digestHere(channel: { id: string; name?: string }): Promise<string> {
    const [reply] = await t.client.say('digest her', { conversationType: 'channel', mentionBot: true, from: COORDINATOR, channel });
    return cardTexts(cardOf(reply)).join(' ');
  }

  it('keeps the name from the installation when "digest her" comes in a message without it', async () => {
    await t.client.activity({ type: 'installationUpdate', action: 'add' }, { conversationType: 'channel', from: COORDINATOR });
    assert.match(await digestHere({ id: KOORDINERING }), /denne kanal \(Erhverv › Koordinering\)/);
    const api = await localTabApi(t.baseUrl, 'Mette Kjærgaard');
    const { body } = await api.get<ChannelsResponse>('/channels');
    assert.deepEqual([body.target?.conversationId, body.target?.label], [KOORDINERING, 'Erhverv › Koordinering']);
    assert.deepEqual(body.channels, [{ conversationId: KOORDINERING, label: 'Erhverv › Koordinering' }]);

    assert.equal((await t.app.digest.postNow()).kind, 'posted');
    const posted = t.capture.received.filter((r) => r.method === 'POST' && r.conversationId === KOORDINERING);
    assert.equal(posted.length, 1, 'the digest went to Koordinering, the channel the page names');
  });

  it('names the General channel (whose id is the team\'s) and never calls another channel General', async () => {
    assert.match(await digestHere({ id: 'team-1' }), /denne kanal \(Erhverv › General\)/);
    const unseen = await digestHere({ id: '19:projekter@thread.tacv2' });
    assert.doesNotMatch(unseen, /General/);
    assert.match(unseen, /denne kanal \(Erhverv\)/);
  });
});
