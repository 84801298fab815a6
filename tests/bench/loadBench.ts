import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { DEFAULT_DEMO_COMPANY_COUNT, DEFAULT_DEMO_SEED, DEMO_COORDINATOR, generateCompanies } from '../../bot/demo/index.js';
import { freePort } from '../../bot/scripts/azurite.js';
import { BOT_ACCOUNT } from '../support/botClient.js';
import { CaptureServer } from '../support/captureServer.js';
import { localToken } from '../support/localTabApi.js';
import { cleanEnv, spawnNode, waitFor, type Spawned } from '../support/processes.js';
import { startTestAzurite } from '../support/storage.js';
import { ms, percentile, processCpuMs, table } from './stats.js';

/** A request that fails or takes longer than this counts as an error: a user has given up by then. */
const TIMEOUT_MS = 10_000;
/** How often the scheduler wakes up to send what is due; sends are counted against the wall clock, not the ticks. */
const TICK_MS = 2;

interface Target { label: string; send: (i: number) => Promise<number> }
interface PhaseResult { sent: number; ok: number; errors: number; timeouts: number; latencies: number[]; seconds: number }

/**
 * Issue 13: capacity per instance. The server runs as its own process (local mode, the demo data seeded into an
 * in-memory Azurite) and gets look-ups OPEN-LOOP: each request leaves at its scheduled time whether or not the
 * earlier ones were answered, and its latency is counted from that scheduled time, so queueing in the server
 * (and a late client) shows in the figures instead of silently lowering the rate. Rates and seconds per rate:
 * LOAD_RATES (default 25,50,100,200 per second) and LOAD_SECONDS (default 10).
 */
export async function runLoadBench(): Promise<void> {
  const rates = (process.env.LOAD_RATES ?? '25,50,100,200').split(',').map(Number).filter((r) => r > 0);
  const seconds = Number(process.env.LOAD_SECONDS ?? 10);
  const azurite = await startTestAzurite();
  const capture = new CaptureServer();
  const serviceUrl = await capture.start();
  let server: Spawned | undefined;
  try {
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = spawnNode('bot/index.js', [], cleanEnv({
      TABLES_CONNECTION_STRING: azurite.connectionString, TABLE_PREFIX: 'load', PORT: String(port),
      LOCAL_MODE: 'true', SEED_DEMO_DATA: 'true',
      // LOAD_LOG_LEVEL and LOAD_APPINSIGHTS measure what logging and telemetry cost a look-up (docs/operations.md).
      LOG_LEVEL: process.env.LOAD_LOG_LEVEL ?? 'warn',
      ...(process.env.LOAD_APPINSIGHTS ? { APPLICATIONINSIGHTS_CONNECTION_STRING: process.env.LOAD_APPINSIGHTS, APPLICATION_INSIGHTS_NO_STATSBEAT: 'true' } : {}),
    }));
    const started = Date.now();
    const booted = server;
    await waitFor(async () => ((await get(`${baseUrl}/healthz`)) === 200 ? true : undefined), 180_000, `healthz on ${port}\n${booted.output()}`);
    const pid = server.child.pid;
    console.log(`\n## Load (issue 13): the server as its own process, open-loop, ${seconds} s per rate, loopback`);
    console.log(`Server log level ${process.env.LOAD_LOG_LEVEL ?? 'warn'}, telemetry ${process.env.LOAD_APPINSIGHTS ? 'on' : 'off'}; ready (demo data seeded) in ${((Date.now() - started) / 1000).toFixed(1)} s; ${os.cpus().length} cores; load average before: ${loadAverage()}`);

    // Names as the demo seed generates them: the same seed and count give the same register the server holds.
    const names = generateCompanies({ seed: DEFAULT_DEMO_SEED, count: DEFAULT_DEMO_COMPANY_COUNT }).map((c) => c.name);
    const messages = new URL('/api/messages', baseUrl);
    const lookup: Target = {
      label: 'look-up (/api/messages)',
      send: (i) => post(messages, lookupActivity(serviceUrl, `har nogen kontaktet ${names[(i * 7919) % names.length]}?`)),
    };
    const token = await localToken(baseUrl, DEMO_COORDINATOR.displayName);
    const typeAhead: Target = {
      label: 'tab type-ahead (/api/tab/companies?q=)',
      send: (i) => get(`${baseUrl}/api/tab/companies?q=${encodeURIComponent(names[(i * 7919) % names.length].slice(0, 5))}`, { Authorization: `Bearer ${token}` }),
    };

    for (const target of [lookup, typeAhead]) {
      // Unloaded first: one request at a time, the figure every loaded rate is compared with.
      await runPhase(target, 5, 20, true);
      const rows: (string | number)[][] = [];
      const baseline = await runPhase(target, 10, 100, true);
      rows.push(row('sequential', baseline, null, rssMb(pid), rssMb(pid)));
      for (const rate of rates) {
        const rssBefore = rssMb(pid);
        const { result, cpu } = await cpuPercent([pid, azurite.process.pid, process.pid], () => runPhase(target, rate, Math.round(rate * seconds), false));
        rows.push(row(`${rate}/s`, result, cpu, rssBefore, rssMb(pid)));
        await new Promise((r) => setTimeout(r, 1000)); // let the server drain before the next rate
      }
      console.log(`\n### ${target.label}`);
      console.log(table(['rate', 'sent', 'ok', 'errors', 'of which timeouts', 'p50 ms', 'p95 ms', 'p99 ms', 'achieved /s', 'CPU % server/Azurite/bench', 'RSS before MB', 'RSS after MB'], rows));
    }
    console.log(`\nServer peak RSS ${peakRssMb(pid)} MB; ${capture.received.length} replies posted to the capture server; load average after: ${loadAverage()}`);
  } finally {
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await Promise.race([server.exited, new Promise((r) => setTimeout(r, 10_000))]);
      if (server.child.exitCode === null) server.child.kill('SIGKILL');
    }
    await capture.stop();
    await azurite.stop();
    agent.destroy();
  }
}

/** Sends `count` requests at `rate` per second (or one after another), latency counted from each scheduled time. */
async function runPhase(target: Target, rate: number, count: number, sequential: boolean): Promise<PhaseResult> {
  const latencies: number[] = [];
  let ok = 0;
  let errors = 0;
  let timeouts = 0;
  const start = performance.now();
  const one = async (i: number, scheduled: number): Promise<void> => {
    try {
      const status = await target.send(i);
      if (status >= 200 && status < 300) {
        ok++;
        latencies.push(performance.now() - scheduled);
      } else errors++;
    } catch (e) {
      errors++;
      if ((e as Error).message === 'timeout') timeouts++;
    }
  };
  if (sequential) {
    for (let i = 0; i < count; i++) await one(i, performance.now());
  } else {
    const pending: Promise<void>[] = [];
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        const due = Math.min(count, Math.floor(((performance.now() - start) * rate) / 1000) + 1);
        while (pending.length < due) {
          const i = pending.length;
          pending.push(one(i, start + (i * 1000) / rate));
        }
        if (pending.length >= count) { clearInterval(timer); resolve(); }
      }, TICK_MS);
    });
    await Promise.all(pending);
  }
  return { sent: count, ok, errors, timeouts, latencies, seconds: (performance.now() - start) / 1000 };
}

function row(label: string, r: PhaseResult, cpu: (number | null)[] | null, rssBefore: number | null, rssAfter: number | null): (string | number)[] {
  const p = (q: number): string => (r.latencies.length ? ms(percentile(r.latencies, q)) : '-');
  const mb = (v: number | null): string => (v === null ? '-' : v.toFixed(0));
  const cpus = cpu ? cpu.map((c) => (c === null ? '-' : c.toFixed(0))).join('/') : '-';
  return [label, r.sent, r.ok, r.errors, r.timeouts, p(50), p(95), p(99), (r.ok / r.seconds).toFixed(1), cpus, mb(rssBefore), mb(rssAfter)];
}

/** Runs a phase and returns, per process, the share of one core it used meanwhile (null where /proc cannot tell). */
async function cpuPercent(pids: (number | undefined)[], work: () => Promise<PhaseResult>): Promise<{ result: PhaseResult; cpu: (number | null)[] }> {
  const before = pids.map(processCpuMs);
  const result = await work();
  const cpu = pids.map((pid, i) => {
    const start = before[i];
    const end = processCpuMs(pid);
    return start === null || end === null ? null : (end - start) / 10 / result.seconds;
  });
  return { result, cpu };
}

function lookupActivity(serviceUrl: string, text: string): unknown {
  return {
    id: randomUUID(), type: 'message', text, textFormat: 'plain', channelId: 'msteams', serviceUrl,
    timestamp: new Date().toISOString(), locale: 'da-DK',
    from: { id: 'user-jobcenter-1', name: 'Henrik Østergaard', aadObjectId: '00000000-0000-4000-8000-000000000002' },
    recipient: BOT_ACCOUNT,
    conversation: { id: `conv-${randomUUID()}`, conversationType: 'personal', isGroup: false, tenantId: 'tenant-norddjurs' },
    channelData: { tenant: { id: 'tenant-norddjurs' } },
  };
}

/** node:http with keep-alive and no socket cap: the client must not queue requests itself, the server should. */
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

function request(url: URL | string, method: string, headers: Record<string, string>, body?: Buffer): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent, headers: body ? { ...headers, 'Content-Type': 'application/json', 'Content-Length': body.length } : headers, timeout: TIMEOUT_MS }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(body);
  });
}

const post = (url: URL, body: unknown): Promise<number> => request(url, 'POST', {}, Buffer.from(JSON.stringify(body)));
const get = (url: string, headers: Record<string, string> = {}): Promise<number> => request(url, 'GET', headers);

function procStatusMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM'): number | null {
  if (pid === undefined) return null;
  try {
    const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : null;
  } catch {
    return null;
  }
}

const rssMb = (pid: number | undefined): number | null => procStatusMb(pid, 'VmRSS');
const peakRssMb = (pid: number | undefined): string => procStatusMb(pid, 'VmHWM')?.toFixed(0) ?? '-';
const loadAverage = (): string => os.loadavg().map((l) => l.toFixed(2)).join(' ');

if (require.main === module) {
  runLoadBench().catch((e) => { console.error(e); process.exit(1); });
}
