import type { Response } from 'restify';
import { isEventId } from '../domain/contactId.js';
import { isValidCvr } from '../domain/cvr.js';
import { validateErasure } from '../domain/dataProtection/erasure.js';
import { DEFAULT_RETENTION, MIN_DAYS } from '../domain/dataProtection/retention.js';
import { companyDataSheets } from '../export/dataExportSheets.js';
import { toXlsx } from '../export/xlsxWriter.js';
import type { Server as HttpServer } from 'restify';
import type { DataProtectionService } from '../services/dataProtectionService.js';
import type { RetentionService } from '../services/retentionService.js';
import { actorOf, fail, objectBody, readerOf, routeFactory, type RouteDeps } from './apiRoute.js';
import type {
  ErasureAuditResponse, ErasurePreviewResponse, ErasureResponse, RetentionDryRunResponse, RetentionResponse,
} from '../contract/dataProtectionContract.js';

export interface DataProtectionRouteDeps extends RouteDeps {
  retention: RetentionService;
  dataProtection: DataProtectionService;
}

/**
 * Retention, erasure and a company's data export are the coordinator's (403 for other staff). The DataProtection
 * role reads the retention periods and runs and the erasure audit trail, to check them, but changes and erases
 * nothing and exports nothing: the DPO oversees the processing and is not the one who carries it out (GDPR art. 39).
 */
export function registerDataProtectionRoutes(server: HttpServer, d: DataProtectionRouteDeps): void {
  const route = routeFactory(d);
  const coordinator = { coordinator: true };
  const oversight = { oversight: true };

  const retentionView = async (): Promise<RetentionResponse> => {
    const saved = await d.retention.periods();
    return { ...saved, defaults: DEFAULT_RETENTION, minimum: MIN_DAYS, runs: await d.dataProtection.retentionRuns() };
  };
  server.get('/api/tab/retention', route(retentionView, oversight));
  server.put('/api/tab/retention', route(async (req, _res, c) => {
    const saved = await d.retention.save(objectBody(req).periods, c.principal.name);
    if (!saved.ok) fail(400, 'invalid', 'Perioderne er ikke gemt. Ret de markerede felter.', saved.errors as Record<string, string>);
    return retentionView();
  }, coordinator));
  server.post('/api/tab/retention/dry-run', route(async (req): Promise<RetentionDryRunResponse> => {
    const result = await d.retention.dryRun(objectBody(req).periods);
    return result.ok ? { counts: result.counts } : fail(400, 'invalid', 'Ret de markerede felter.', result.errors as Record<string, string>);
  }, coordinator));

  const erasureOf = (body: Record<string, unknown>) => {
    const checked = validateErasure(body, isValidCvr, isEventId);
    return checked.ok ? checked.value : fail(400, 'invalid', checked.message);
  };
  server.post('/api/tab/erasure/preview', route(async (req): Promise<ErasurePreviewResponse> => {
    const counts = await d.dataProtection.preview(erasureOf(objectBody(req)));
    return { counts, total: Object.values(counts).reduce((a, b) => a + b, 0) };
  }, coordinator));
  server.post('/api/tab/erasure', route(async (req, _res, c): Promise<ErasureResponse> => {
    const body = objectBody(req);
    const request = erasureOf(body);
    // The tab sends back the total it showed: an erasure is not made on counts the coordinator has not seen.
    if (body.confirm !== true) fail(400, 'invalid', 'Bekræft sletningen efter at have set, hvad der slettes.');
    return d.dataProtection.erase(request, actorOf(c));
  }, coordinator));
  server.get('/api/tab/erasure/audit', route(async (): Promise<ErasureAuditResponse> => ({ rows: await d.dataProtection.erasureAudit() }), oversight));

  server.get('/api/tab/companies/:cvr/data-export', route(async (req, res, c) => {
    const cvr = String(req.params.cvr ?? '');
    if (!isValidCvr(cvr)) fail(400, 'invalid', 'Det er ikke et gyldigt CVR-nummer.');
    const x = await d.dataProtection.exportCompany(cvr, readerOf(c, 'tab.companyExport'))
      ?? fail(404, 'not_found', 'Virksomheden findes ikke i registret.');
    const xlsx = (req.query as Record<string, unknown>).format === 'xlsx';
    const body = xlsx ? await toXlsx(companyDataSheets(x)) : Buffer.from(JSON.stringify(x, null, 2), 'utf8');
    sendFile(res, body, xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/json; charset=utf-8',
      `data-${cvr}-${x.exportedAt.slice(0, 10)}.${xlsx ? 'xlsx' : 'json'}`);
    return undefined;
  }, coordinator));
}

function sendFile(res: Response, body: Buffer, type: string, name: string): void {
  res.writeHead(200, { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"`, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}
