import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { freePort, type RunningAzurite } from '../../bot/scripts/azurite.js';
import { BotClient } from '../support/botClient.js';
import { CaptureServer } from '../support/captureServer.js';
import { localToken } from '../support/localTabApi.js';
import { cleanEnv, spawnNode, waitFor, type Spawned } from '../support/processes.js';
import { startTestAzurite } from '../support/storage.js';

interface Envelope { name: string; iKey?: string; data?: { baseType?: string; baseData?: Record<string, unknown> & { metrics?: { name: string; value: number }[] } } }

/**
 * A stand-in for Application Insights' ingestion endpoint (Breeze): it takes the exporter's gzipped JSON
 * envelopes on /v2.1/track and answers as the service does. Over TLS, because the exporter rewrites an http://
 * ingestion endpoint to https://; the server process trusts the stand-in's own certificate (NODE_EXTRA_CA_CERTS),
 * so certificate checking stays on.
 */
class IngestionStandIn {
  readonly envelopes: Envelope[] = [];
  readonly paths: string[] = [];
  private server: Server | null = null;
  readonly certFile: string;
  private readonly keyFile: string;

  constructor() {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ek-ingest-'));
    this.certFile = path.join(dir, 'cert.pem');
    this.keyFile = path.join(dir, 'key.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', this.keyFile, '-out', this.certFile], { stdio: 'ignore' });
  }

  async start(): Promise<string> {
    this.server = createServer({ key: readFileSync(this.keyFile), cert: readFileSync(this.certFile) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.paths.push(req.url ?? '');
        const raw = Buffer.concat(chunks);
        const text = (req.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        let items: Envelope[] = [];
        try {
          const parsed = JSON.parse(text) as Envelope | Envelope[];
          items = Array.isArray(parsed) ? parsed : [parsed];
        } catch {
          items = text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Envelope);
        }
        this.envelopes.push(...items);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  of(baseType: string): Record<string, unknown>[] {
    return this.envelopes.filter((e) => e.data?.baseType === baseType).map((e) => e.data!.baseData!);
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('OpenTelemetry from the server process to a local ingestion endpoint', function () {
  this.timeout(120_000);
  let azurite: RunningAzurite;
  let ingestion: IngestionStandIn;
  let capture: CaptureServer;
  let serviceUrl: string;
  let server: Spawned;
  let port: number;

  before(async () => {
    azurite = await startTestAzurite();
    ingestion = new IngestionStandIn();
    const endpoint = await ingestion.start();
    capture = new CaptureServer();
    serviceUrl = await capture.start();
    port = await freePort();
    server = spawnNode('bot/index.js', [], cleanEnv({
      TABLES_CONNECTION_STRING: azurite.connectionString,
      TABLE_PREFIX: 'otel',
      PORT: String(port),
      LOCAL_MODE: 'true',
      APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=${endpoint}`,
      OTEL_METRIC_EXPORT_INTERVAL: '1000',
      // The default rate-limited sampler (5 traces/s) would spend its budget on the start-up's health probes.
      OTEL_TRACES_SAMPLER: 'always_on',
      NODE_EXTRA_CA_CERTS: ingestion.certFile,
      // Nothing may leave the machine: no statsbeat or SDK stats to Microsoft's endpoints, and any request that
      // is not to this machine goes to a closed port (the Azure SDK pipeline honours the proxy variables).
      APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
      APPLICATIONINSIGHTS_STATSBEAT_DISABLED: 'true',
      APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true',
      APPLICATIONINSIGHTS_INSTRUMENTATION_LOGGING_LEVEL: 'DEBUG', APPLICATIONINSIGHTS_LOG_DESTINATION: 'console',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      HTTP_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: '127.0.0.1,localhost',
    }));
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200 ? true : undefined), 90_000, `healthz on ${port}\n${server.output()}`);
  });

  after(async () => {
    if (server && server.child.exitCode === null) server.child.kill('SIGKILL');
    await capture?.stop();
    await ingestion?.stop();
    await azurite?.stop();
  });

  it('sends requests, Azure Table dependencies and the product metrics, and nothing to anyone else', async () => {
    const baseUrl = `http://127.0.0.1:${port}`;
    const client = new BotClient(baseUrl, serviceUrl, capture);
    const reply = await client.say('har nogen kontaktet Hemmed Hønseri?');
    assert.ok(reply.length > 0, 'the bot answered the look-up');
    const token = await localToken(baseUrl, 'Mette Kjærgaard');
    const tab = await fetch(`${baseUrl}/api/tab/companies?q=hemmed`, { headers: { Authorization: `Bearer ${token}` } });
    assert.equal(tab.status, 200);

    const azuriteHost = /127\.0\.0\.1:\d+/.exec(azurite.connectionString)?.[0] ?? 'never';
    const names = (baseType: string) => ingestion.of(baseType).map((d) => `${String(d.name)} ${String(d.type ?? '')} ${String(d.target ?? '')}`);
    const arrived = () => {
      const metrics = ingestion.of('MetricData').flatMap((m) => (m.metrics as { name: string }[] | undefined) ?? []);
      return {
        botRequest: names('RequestData').some((n) => n.includes('/api/messages')),
        tabRequest: names('RequestData').some((n) => n.includes('/api/tab/companies')),
        tableDependency: ingestion.of('RemoteDependencyData').some((d) => String(d.target ?? '').includes(azuriteHost)),
        lookupMetric: metrics.some((m) => m.name === 'lookups'),
      };
    };
    await waitFor(async () => (Object.values(arrived()).every(Boolean) ? true : undefined), 30_000,
      `telemetry at the stand-in: ${JSON.stringify(arrived())}\nrequests: ${names('RequestData').join('; ')}\ndependencies: ${names('RemoteDependencyData').slice(0, 5).join('; ')}\n${server.output().slice(-2000)}`);

    const lookups = ingestion.of('MetricData').flatMap((m) => ((m.metrics as { name: string; value: number }[]) ?? []).filter((x) => x.name === 'lookups').map(() => m));
    assert.ok(lookups.some((m) => (m.properties as Record<string, string> | undefined)?.outcome), 'the look-up metric carries its outcome');
    assert.ok(ingestion.paths.every((p) => p.startsWith('/v2.1/track')), `only the track endpoint: ${[...new Set(ingestion.paths)].join(', ')}`);
    assert.ok(ingestion.envelopes.every((e) => !/statsbeat/i.test(e.name) && e.iKey === '00000000-0000-0000-0000-000000000000'), 'no statsbeat, only our key');
  });
});
