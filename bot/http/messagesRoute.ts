import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import type { HttpServer } from './server.js';

/** POST /api/messages: every Teams activity enters here and goes through the adapter's authentication. */
export function registerMessagesRoute(server: HttpServer, adapter: CloudAdapter, bot: ActivityHandler): void {
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
}
