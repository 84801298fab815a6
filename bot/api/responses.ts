import type { Request, Response } from 'restify';
import { toCsv } from '../export/csvWriter.js';
import type { Sheet } from '../export/table.js';
import { toXlsx } from '../export/xlsxWriter.js';
import { fail } from './apiRoute.js';

/** An export as a file download (?format=csv|xlsx, CSV by default). */
export async function sendExport(req: Request, res: Response, sheets: Sheet[], baseName: string): Promise<void> {
  const format = (req.query as Record<string, unknown>).format === 'xlsx' ? 'xlsx' : 'csv';
  const body = format === 'xlsx' ? await toXlsx(sheets) : Buffer.from(toCsv(sheets), 'utf8');
  res.writeHead(200, {
    'Content-Type': format === 'xlsx' ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${baseName}.${format}"`,
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** The two ways a post to the coordinator's channel can fail for want of a channel, said the same way everywhere. */
export function failWithoutChannel(kind: string, what: string): void {
  if (kind === 'noTarget')
    fail(409, 'no_channel', `Vælg først en kanal til ${what} (skriv "digest her" i kanalen, eller vælg den under Indstillinger).`);
  if (kind === 'targetGone') fail(409, 'channel_gone', 'Botten er fjernet fra kanalen. Vælg en ny kanal.');
}
