import assert from 'node:assert/strict';
import { ConfigError, loadStorageConfig } from '../../bot/config.js';
import { configProblems as problems } from '../support/configProblems.js';

describe('security: NODE_ENV is read without regard to case or surrounding space (issue 13, item 9)', () => {
  for (const value of ['Production', 'PRODUCTION', ' production ', 'production\t']) {
    it(`"${value}" with LOCAL_MODE=true is refused`, () => {
      const found = problems({ NODE_ENV: value, LOCAL_MODE: 'true', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' });
      assert.ok(found.some((p) => p.includes('LOCAL_MODE cannot be on')), found.join('\n'));
    });
  }
  it('the storage-only reader (the import) refuses the emulator for "Production" too', () => {
    assert.throws(() => loadStorageConfig({ NODE_ENV: 'Production', TABLES_CONNECTION_STRING: 'UseDevelopmentStorage=true' }), ConfigError);
  });
});
