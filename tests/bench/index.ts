import { runBackupBench } from './backupBench.js';
import { runDataProtectionBench } from './dataProtectionBench.js';
import { runCvrSyncBench } from './cvrSyncBench.js';
import { runDigestBench } from './digestBench.js';
import { runLoadBench } from './loadBench.js';
import { runLogBench } from './logBench.js';
import { runLookupBench } from './lookupBench.js';
import { runMatcherBench } from './matcherBench.js';
import { runNorddjursQuestionsBench } from './norddjursQuestionsBench.js';
import { runOverviewBench } from './overviewBench.js';
import { runStorageBench } from './storageBench.js';
import { runTabApiBench } from './tabApiBench.js';
import { runTabBundleBench } from './tabBundleBench.js';
import { runTypingBench } from './typingBench.js';

/** `npm run bench`: every benchmark in turn; each prints its own table. */
async function main(): Promise<void> {
  const started = Date.now();
  console.log(`Erhvervskoordinator benchmarks – ${new Date().toISOString()} – Node ${process.version}`);
  await runStorageBench();
  await runBackupBench();
  await runCvrSyncBench();
  await runMatcherBench();
  runTypingBench();
  await runNorddjursQuestionsBench();
  await runLookupBench();
  await runLogBench();
  await runOverviewBench();
  await runDigestBench();
  await runDataProtectionBench();
  await runTabApiBench();
  await runLoadBench();
  await runTabBundleBench();
  console.log(`\nAll benchmarks done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((e) => { console.error(e); process.exit(1); });
