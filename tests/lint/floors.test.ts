import { strict as assert } from 'node:assert';
import path from 'node:path';
import { ESLint } from 'eslint';

/**
 * The floors rule, run through ESLint's own API on snippets placed in the folders they would live in: a wrong
 * import must fail `npm run lint`, a right one must pass. The files need not exist; the config is chosen by path.
 */
const root = path.resolve(__dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: root });

async function floorErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result.messages.filter((m) => m.ruleId === 'floors/imports').map((m) => m.message);
}

const refused: [string, string, RegExp][] = [
  ['bot/domain/probe.ts', "import { TurnContext } from 'botbuilder';", /botbuilder/],
  ['bot/domain/probe.ts', "import { createServer } from 'node:http';", /knows nothing of Teams, HTTP or Azure/],
  ['bot/domain/probe.ts', "import { RateLimiter } from '../util/rateLimiter.js';", /bot\/domain must not import bot\/util/],
  ['bot/domain/planning/probe.ts', "import type { SavedPlan } from '../../contract/api.js';", /must not import bot\/contract/],
  ['bot/services/probe.ts', "import { CoordinatorBot } from '../teams/coordinatorBot.js';", /services never import shells/],
  ['bot/services/graph/probe.ts', "import type { ApiError } from '../../api/apiRoute.js';", /bot\/services must not import bot\/api/],
  ['bot/cards/probe.ts', "import type { LookupService } from '../services/lookupService.js';", /cards render what they are given/],
  ['bot/store/probe.ts', "export type { Route } from '../api/apiRoute.js';", /bot\/store must not import bot\/api/],
  ['bot/export/probe.ts', "import { PlanService } from '../services/planService.js';", /bot\/export must not import bot\/services/],
  ['bot/api/probe.ts', "import { PlanStore } from '../store/planStore.js';", /a shell calls services, never stores/],
  ['bot/api/probe.ts', "import { TableClient } from '@azure/data-tables';", /only bot\/store talks to Azure Tables/],
  ['bot/services/probe.ts', "import { CloudAdapter } from 'botbuilder';", /botbuilder stays behind/],
  ['bot/feedback/probe.ts', "import { createHttpServer } from '../http/server.js';", /bot\/feedback must not import bot\/http/],
  ['bot/http/probe.ts', "import { registerTabApi } from '../api/tabApi.js';", /http\/ is plumbing/],
  ['tab/src/pages/probe.ts', "import { formatDay } from '../../../bot/domain/danishTime';", /only through @contract/],
  ['tab/src/pages/probe.ts', "import type { Route } from '../../../bot/api/apiRoute';", /only through @contract/],
];

const allowed: [string, string][] = [
  ['bot/domain/probe.ts', "import { createHmac } from 'node:crypto';\nimport { isValidCvr } from './cvr.js';"],
  [
    'bot/store/probe.ts',
    "import { TableClient } from '@azure/data-tables';\nimport type { SavedPlan } from '../domain/planning/index.js';",
  ],
  [
    'bot/services/probe.ts',
    "import type { OverviewResponse } from '../contract/api.js';\nimport { PlanStore } from '../store/planStore.js';",
  ],
  ['bot/teams/probe.ts', "import { CloudAdapter } from 'botbuilder';\nimport type { LookupService } from '../services/lookupService.js';"],
  ['bot/http/probe.ts', "import type { CloudAdapter } from 'botbuilder';"],
  ['tab/src/pages/probe.ts', "import { formatDay } from '@contract/domain';\nimport type { MeResponse } from '@contract/api';"],
];

describe('lint: the floors of the house', function () {
  this.timeout(60_000);

  for (const [file, code, reason] of refused) {
    it(`refuses in ${file}: ${code}`, async () => {
      const errors = await floorErrors(file, code);
      assert.equal(errors.length, 1, `expected one floors error, got ${JSON.stringify(errors)}`);
      assert.match(errors[0], reason);
    });
  }

  for (const [file, code] of allowed) {
    it(`allows in ${file}: ${code.split('\n').join(' ')}`, async () => {
      assert.deepEqual(await floorErrors(file, code), []);
    });
  }
});
