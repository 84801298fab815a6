import { createLogger, type Logger, type LogLevel } from '../../bot/util/logger.js';

/** The server's own logger (JSON lines, as in production), writing into an array a test can read. */
export function captureLogger(level: LogLevel = 'debug'): { logger: Logger; lines: string[]; entries(): Record<string, unknown>[] } {
  const lines: string[] = [];
  const logger = createLogger({ level, format: 'json', destination: { write: (line: string) => { lines.push(line); } } });
  return { logger, lines, entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}
