import assert from 'node:assert/strict';
import { CloudAdapter, ConfigurationServiceClientCredentialFactory, type Activity } from 'botbuilder';
import { ReusedClientsAuthentication } from '../../bot/teams/adapter.js';

const EMEA = 'https://smba.trafficmanager.net/emea/';
const AMER = 'https://smba.trafficmanager.net/amer/';
const APP = '11111111-2222-3333-4444-555555555555';

function activity(serviceUrl: string): Activity {
  return {
    type: 'invoke', name: 'adaptiveCard/action', channelId: 'msteams', serviceUrl, id: 'a1',
    from: { id: 'u1', name: 'Henrik' }, recipient: { id: 'b1', name: 'bot' }, conversation: { id: 'c1', isGroup: false, conversationType: 'personal', name: '' },
  } as Activity;
}

/** The claims botbuilder gives a proactive turn of a bot (createClaimsIdentity is protected). */
class ClaimsAdapter extends CloudAdapter {
  claimsFor(appId: string) {
    return this.createClaimsIdentity(appId);
  }
}

describe('Bot Framework adapter: connector and user-token clients reused across turns', () => {
  it('gives every turn from one service URL the same clients, and another service URL its own', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationServiceClientCredentialFactory({}));
    const first = await auth.authenticateRequest(activity(EMEA), '');
    const second = await auth.authenticateRequest(activity(EMEA), '');
    const connector = await first.connectorFactory?.create(EMEA, first.audience);
    assert.ok(connector);
    assert.equal(await second.connectorFactory?.create(EMEA, second.audience), connector, 'the second turn reuses the first one\'s connector');
    assert.notEqual(await second.connectorFactory?.create(AMER, second.audience), connector, 'another service URL, another connector');
    assert.equal(await auth.createUserTokenClient(second.claimsIdentity), await auth.createUserTokenClient(first.claimsIdentity));
  });

  it('keeps the clients of different app ids apart, also for proactive posts', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationServiceClientCredentialFactory({}));
    const adapter = new ClaimsAdapter(auth);
    const ours = adapter.claimsFor(APP);
    const connector = await auth.createConnectorFactory(ours).create(EMEA);
    assert.equal(await auth.createConnectorFactory(adapter.claimsFor(APP)).create(EMEA), connector);
    assert.notEqual(await auth.createConnectorFactory(adapter.claimsFor('another-app')).create(EMEA), connector);
    assert.notEqual(await auth.createUserTokenClient(adapter.claimsFor('another-app')), await auth.createUserTokenClient(ours));
  });

  it('still refuses a request without a token when the bot has an app registration', async () => {
    const auth = new ReusedClientsAuthentication(new ConfigurationServiceClientCredentialFactory({ MicrosoftAppId: APP, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' }));
    await assert.rejects(auth.authenticateRequest(activity(EMEA), ''), /Unauthorized|authorization/i);
  });
});
