import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger, type LevelWithSilent } from 'pino';

/**
 * The server's one logger. Rules every caller keeps: ids, counts, durations and kinds only; never a note, a
 * name, a company name, free text or anything a user typed (tests/http/personalDataInLogs.test.ts checks it).
 * Every line carries the correlation id of the request, activity or background run it belongs to, and, when
 * OpenTelemetry is on, the trace id that Application Insights shows as operation_Id.
 */
export type { Logger };
export type LogLevel = Exclude<LevelWithSilent, 'silent'> | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** A message, and the error that caused it when there is one (logged with its stack at error level). */
export type LogFn = (message: string, error?: unknown) => void;

export interface LogContext { correlationId: string; activityId?: string }

const context = new AsyncLocalStorage<LogContext>();

/** Runs `work` with a correlation id that every log line written inside it, however deep, carries. */
export function withCorrelation<T>(work: () => T, fields: Partial<LogContext> = {}): T {
  return context.run({ correlationId: fields.correlationId ?? randomUUID(), ...(fields.activityId ? { activityId: fields.activityId } : {}) }, work);
}

export function currentCorrelation(): LogContext | undefined {
  return context.getStore();
}

export interface LoggerOptions {
  level: LogLevel;
  /** JSON lines (production: App Service collects stdout) or one readable line per entry (a developer's terminal). */
  format: 'json' | 'pretty';
  destination?: DestinationStream;
}

export function createLogger(o: LoggerOptions): Logger {
  const destination = o.destination ?? pino.destination({ dest: 1, sync: false });
  return pino({
    level: o.level,
    base: { service: 'erhvervskoordinator' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    mixin() {
      const span = trace.getActiveSpan()?.spanContext();
      return { ...context.getStore(), ...(span ? { traceId: span.traceId } : {}) };
    },
  }, o.format === 'pretty' ? prettyStream(destination) : destination);
}

/** The `(message, error?)` callback the shells and services take, on top of a logger. */
export function logFn(logger: Logger): LogFn {
  return (message, error) => {
    if (error === undefined) logger.info(message);
    else logger.error({ err: error instanceof Error ? error : new Error(String(error)) }, message);
  };
}

const LEVEL_TAGS: Record<string, string> = { fatal: 'FATAL', error: 'ERROR', warn: 'WARN ', info: 'INFO ', debug: 'DEBUG', trace: 'TRACE' };
const QUIET_FIELDS = new Set(['level', 'time', 'msg', 'service', 'pid', 'hostname', 'correlationId', 'traceId', 'err']);

/** "10:15:02 INFO  [1a2b3c4d] message key=value", and the stack below an error: no dependency needed at run time. */
function prettyStream(out: DestinationStream): DestinationStream {
  return {
    write(line: string) {
      let entry: Record<string, unknown>;
      try {
        entry = JSON.parse(line) as Record<string, unknown>;
      } catch {
        out.write(line);
        return;
      }
      const time = typeof entry.time === 'string' ? entry.time.slice(11, 19) : '';
      const id = typeof entry.correlationId === 'string' ? ` [${entry.correlationId.slice(0, 8)}]` : '';
      const extra = Object.entries(entry).filter(([k]) => !QUIET_FIELDS.has(k)).map(([k, v]) => `${k}=${typeof v === 'string' ? v : JSON.stringify(v)}`);
      const err = entry.err as { stack?: string; message?: string } | undefined;
      out.write(`${time} ${LEVEL_TAGS[String(entry.level)] ?? String(entry.level)}${id} ${String(entry.msg ?? '')}${extra.length ? ` ${extra.join(' ')}` : ''}\n${err ? `${err.stack ?? err.message}\n` : ''}`);
    },
  };
}
