import assert from 'node:assert/strict';
import { activityFeedLink } from '../../bot/services/activityFeedService.js';

describe('activity feed: where a notice leads', () => {
  it('deep-links to the personal tab with the company as sub-entity when the Teams app id is known', () => {
    const url = new URL(activityFeedLink('11111111-2222-4333-8444-555555555555', 'https://erhverv.example')({ cvr: '13748136' }));
    assert.equal(url.origin + url.pathname, 'https://teams.microsoft.com/l/entity/11111111-2222-4333-8444-555555555555/oversigt');
    assert.deepEqual(JSON.parse(url.searchParams.get('context') ?? ''), { subEntityId: 'virksomhed/13748136' });
  });

  it("links to the tab's company page on the server otherwise", () => {
    assert.equal(
      activityFeedLink(null, 'http://localhost:3978')({ cvr: '13748136' }),
      'http://localhost:3978/tab/index.html#/virksomhed/13748136',
    );
  });
});
