import type { Server as HttpServer } from 'restify';
import type { CompanyResponse, CompanySearchResponse } from '../contract/api.js';
import { isValidCvr } from '../domain/cvr.js';
import type { CompanyDetailService } from '../services/companyDetailService.js';
import type { CompanyFinder } from '../services/companyFinder.js';
import { fail, readerOf, routeFactory, type RouteDeps } from './apiRoute.js';

export interface CompanyRouteDeps extends RouteDeps {
  finder: CompanyFinder;
  companies: CompanyDetailService;
}

/** Finding a company by name or CVR, and its page: facts, history, opt-outs, ratings and owner. */
export function registerCompanyRoutes(server: HttpServer, d: CompanyRouteDeps): void {
  const route = routeFactory(d);

  server.get(
    '/api/tab/companies',
    route(async (req): Promise<CompanySearchResponse> => {
      const q = typeof (req.query as Record<string, unknown>).q === 'string' ? (req.query as Record<string, string>).q.slice(0, 200) : '';
      if (q.trim() === '') return { results: [] };
      const outcome = d.finder.find(q, 10);
      return { results: outcome.hits.map((h) => ({ cvr: h.cvr, name: h.name, town: null })) };
    }),
  );

  server.get(
    '/api/tab/companies/:cvr',
    route(async (req, _res, c): Promise<CompanyResponse> => {
      const cvr = String(req.params.cvr ?? '');
      if (!isValidCvr(cvr)) fail(400, 'invalid', 'Det er ikke et gyldigt CVR-nummer.');
      return (await d.companies.detail(cvr, readerOf(c, 'tab.company'))) ?? fail(404, 'not_found', 'Virksomheden findes ikke i registret.');
    }),
  );
}
