import http from 'node:http';

/** What the bot posted back to the channel, as the Bot Framework Emulator would receive it. */
export interface CapturedActivity {
  conversationId: string;
  path: string;
  /** POST: a new message; PUT: an update of an earlier one. */
  method: string;
  activity: Record<string, unknown> & { type?: string; text?: string; attachments?: { contentType: string; content: Record<string, unknown> }[] };
}

/**
 * A local stand-in for the Bot Connector service: activities sent to serviceUrl arrive here as real HTTP
 * requests from botbuilder's connector client. `respond` can simulate failures (e.g. 403 for a removed bot).
 */
export class CaptureServer {
  readonly received: CapturedActivity[] = [];
  private server: http.Server | null = null;
  private idCounter = 0;
  respond: (path: string) => number = () => 200;

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d: Buffer) => { body += d.toString(); });
      req.on('end', () => {
        const path = req.url ?? '';
        const m = /\/v3\/conversations\/([^/]+)\/activities/.exec(path);
        if ((req.method === 'POST' || req.method === 'PUT') && m) {
          this.received.push({ conversationId: decodeURIComponent(m[1]), path, method: req.method, activity: body ? JSON.parse(body) : {} });
        }
        const status = this.respond(path);
        // restify (loaded in the same process) patches ServerResponse.writeHead; set the status directly.
        res.statusCode = status;
        res.setHeader('Content-Type', 'application/json');
        res.end(JSON.stringify(status < 300 ? { id: `reply-${++this.idCounter}` } : { error: { code: 'Forbidden', message: 'simulated' } }));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', () => resolve()));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('capture server has no port');
    return `http://127.0.0.1:${address.port}/`;
  }

  for(conversationId: string): CapturedActivity[] {
    return this.received.filter((r) => r.conversationId === conversationId);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
