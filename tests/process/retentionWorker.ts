import { ContactReadModel } from '../../bot/services/contactReadModel.js';
import { RetentionService } from '../../bot/services/retentionService.js';
import { createStores } from '../../bot/store/index.js';

/** A retention run in a process of its own, for the test that kills it mid-run (kill -9) and lets another instance finish. */
async function main(): Promise<void> {
  const stores = createStores({ kind: 'connectionString', connectionString: process.env.STORAGE ?? '' }, process.env.PREFIX ?? '');
  const now = () => new Date();
  const service = new RetentionService({ stores, readModel: new ContactReadModel(stores.journal, now), now, instanceId: 'worker-to-be-killed' });
  console.log(JSON.stringify(await service.runToday()));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
