import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Erhvervsstyrelsen's CVR system-to-system service: Elasticsearch 1.7's search and scroll
 * over HTTP with Basic authentication, for the query forms the sync sends (bool must/should, terms, range,
 * sort on one field). Faults are queued per request so a test can say what the next calls get.
 */

export interface CvrDocOptions {
  cvr: string;
  name: string;
  kommune?: number;
  postnummer?: number;
  by?: string;
  status?: string;
  branchekode?: string;
  /** Marks the hovedbranche as DB25 the way the import recognises it. */
  db25?: boolean;
  reklamebeskyttet?: boolean;
  sidstOpdateret?: string;
  penheder?: string[];
}

/** A Vrvirksomhed hit as the service returns it, with the metadata the import reads and the history lists beside it. */
export function cvrHit(o: CvrDocOptions): Record<string, unknown> {
  const open = { gyldigFra: '2015-03-01', gyldigTil: null };
  const kommune = { kommuneKode: o.kommune ?? 707, kommuneNavn: o.kommune === undefined || o.kommune === 707 ? 'NORDDJURS' : 'ANDEN', periode: open };
  const address = {
    landekode: 'DK', vejnavn: 'Havnevej', husnummerFra: 12, bogstavFra: null, etage: null, sidedoer: null, fritekst: null,
    postnummer: o.postnummer ?? 8500, postdistrikt: o.by ?? 'Grenaa', kommune, periode: open,
  };
  const branche = { branchekode: o.branchekode ?? '561010', branchetekst: 'Restauranter', periode: open, ...(o.db25 ? { version: 'DB25' } : {}) };
  const status = o.status ?? 'NORMAL';
  return {
    _index: 'cvr-v-20260101', _type: 'virksomhed', _id: `4000${o.cvr}`, _score: 1,
    _source: {
      Vrvirksomhed: {
        cvrNummer: Number(o.cvr),
        reklamebeskyttet: o.reklamebeskyttet ?? false,
        sidstOpdateret: o.sidstOpdateret ?? '2026-01-05T10:00:00.000+01:00',
        navne: [{ navn: o.name, periode: open }],
        beliggenhedsadresse: [address],
        hovedbranche: [branche],
        penheder: (o.penheder ?? []).map((p) => ({ pNummer: Number(p), periode: open })),
        virksomhedsstatus: [{ status, periode: open }],
        virksomhedMetadata: {
          nyesteNavn: { navn: o.name, periode: open },
          nyesteBeliggenhedsadresse: address,
          nyesteHovedbranche: branche,
          nyesteVirksomhedsform: { kortBeskrivelse: 'APS', langBeskrivelse: 'Anpartsselskab' },
          nyesteKvartalsbeskaeftigelse: { intervalKodeAntalAnsatte: 'ANTAL_5_9' },
          sammensatStatus: status === 'NORMAL' ? 'Normal' : status,
        },
      },
    },
  };
}

export interface CvrUnitOptions {
  pNumber: string;
  /** The company the unit belongs to. */
  cvr: string;
  kommune?: number;
  vejnavn?: string;
  postnummer?: number;
  by?: string;
  /** Closes the unit's life span (livsforloeb) and marks it ceased. */
  ophoert?: boolean;
  sidstOpdateret?: string;
}

/** A VrproduktionsEnhed hit (type produktionsenhed), shaped like the service's. */
export function cvrUnitHit(o: CvrUnitOptions): Record<string, unknown> {
  const open = { gyldigFra: '2018-05-01', gyldigTil: null };
  const kommune = { kommuneKode: o.kommune ?? 707, kommuneNavn: o.kommune === undefined || o.kommune === 707 ? 'NORDDJURS' : 'ANDEN', periode: open };
  const address = {
    landekode: 'DK', vejnavn: o.vejnavn ?? 'Industrivej', husnummerFra: 4, bogstavFra: null, etage: null, sidedoer: null, fritekst: null,
    postnummer: o.postnummer ?? 8500, postdistrikt: o.by ?? 'Grenaa', kommune, periode: open,
  };
  const span = { periode: o.ophoert ? { gyldigFra: '2018-05-01', gyldigTil: '2026-11-30' } : open };
  return {
    _index: 'cvr-p-20260101', _type: 'produktionsenhed', _id: `5000${o.pNumber}`, _score: 1,
    _source: {
      VrproduktionsEnhed: {
        pNummer: Number(o.pNumber),
        enhedstype: 'PRODUKTIONSENHED',
        reklamebeskyttet: false,
        sidstOpdateret: o.sidstOpdateret ?? '2026-01-05T10:00:00.000+01:00',
        beliggenhedsadresse: [address],
        virksomhedsrelation: [{ cvrNummer: Number(o.cvr), periode: open }],
        livsforloeb: [span],
        produktionsEnhedMetadata: {
          nyesteBeliggenhedsadresse: address,
          nyesteCvrNummerRelation: Number(o.cvr),
          sammensatStatus: o.ophoert ? 'Ophørt' : 'Aktiv',
        },
      },
    },
  };
}

type Fault = { status: number } | { hang: true } | { pass: true };

interface Scroll { rest: unknown[]; pageSize: number }

export class CvrStandIn {
  readonly docs = new Map<string, unknown>();
  /** Production units (type produktionsenhed), by P-number. */
  readonly units = new Map<string, unknown>();
  readonly requests: { path: string; auth: string | null; body: string }[] = [];
  private readonly faults: Fault[] = [];
  private readonly scrolls = new Map<string, Scroll>();
  private readonly hanging = new Set<http.ServerResponse>();
  private server: http.Server | null = null;
  private scrollCounter = 0;

  constructor(readonly user = 'norddjurs', readonly password = 'hemmeligt-i-test') {}

  /** Adds or replaces documents by CVR number (the service keeps one document per company). */
  put(...hits: Record<string, unknown>[]): void {
    for (const h of hits) this.docs.set(String(field(h, 'Vrvirksomhed.cvrNummer')[0] ?? Math.random()), h);
  }

  /** Adds or replaces production units by P-number. */
  putUnit(...hits: Record<string, unknown>[]): void {
    for (const h of hits) this.units.set(String(field(h, 'VrproduktionsEnhed.pNummer')[0]), h);
  }

  /** A raw document, e.g. a malformed one, under a key of the test's choosing. */
  putRaw(key: string, hit: unknown): void {
    this.docs.set(key, hit);
  }

  /** The next requests answer these faults, in order, before normal service resumes. */
  fault(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => { void this.handle(req, res); });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://x');
    this.requests.push({ path: url.pathname + url.search, auth: req.headers.authorization ?? null, body });
    const expected = `Basic ${Buffer.from(`${this.user}:${this.password}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return send(res, 401, { error: 'AuthenticationException', status: 401 });
    const fault = this.faults.shift();
    if (fault && 'hang' in fault) { this.hanging.add(res); return; }
    if (fault && 'status' in fault) return send(res, fault.status, { error: `fault ${fault.status}`, status: fault.status });
    const search = /^\/cvr-permanent\/(virksomhed|produktionsenhed)\/_search$/.exec(url.pathname);
    if (req.method === 'POST' && search) return this.search(search[1] === 'virksomhed' ? this.docs : this.units, JSON.parse(body) as Query, res);
    if (req.method === 'POST' && url.pathname === '/_search/scroll') {
      const id = body.trim().startsWith('{') ? String((JSON.parse(body) as { scroll_id?: unknown }).scroll_id) : body.trim();
      const scroll = this.scrolls.get(id);
      if (!scroll) return send(res, 404, { error: `SearchContextMissingException[No search context found for id [${id}]]`, status: 404 });
      return send(res, 200, this.page(id, scroll, scroll.rest.length));
    }
    return send(res, 400, { error: 'unsupported request', status: 400 });
  }

  private search(docs: Map<string, unknown>, q: Query, res: http.ServerResponse): void {
    const matching = [...docs.values()].filter((d) => matches(d, q.query ?? {}));
    const sortField = q.sort ? Object.keys(q.sort[0] ?? {})[0] : undefined;
    if (sortField) matching.sort((a, b) => Number(field(a, sortField)[0] ?? 0) - Number(field(b, sortField)[0] ?? 0));
    const id = `c2NhbjsxOzE${(++this.scrollCounter).toString(36)}`;
    const scroll = { rest: matching, pageSize: q.size ?? 10 };
    this.scrolls.set(id, scroll);
    send(res, 200, this.page(id, scroll, matching.length));
  }

  private page(id: string, scroll: Scroll, total: number): unknown {
    const hits = scroll.rest.splice(0, scroll.pageSize);
    return { _scroll_id: id, took: 3, timed_out: false, _shards: { total: 6, successful: 6, failed: 0 }, hits: { total, max_score: null, hits } };
  }
}

interface Query { size?: number; sort?: Record<string, unknown>[]; query?: Clause }
type Clause = { bool?: { must?: Clause[]; should?: Clause[] }; terms?: Record<string, unknown[]>; range?: Record<string, { gte?: unknown; gt?: unknown }>; match_all?: object };

/** A delta names thousands of CVR numbers; a set per clause keeps the 100,000-document bench fast. */
const termSets = new WeakMap<unknown[], Set<string>>();

function matches(doc: unknown, c: Clause): boolean {
  if (c.bool) {
    const must = c.bool.must ?? [];
    const should = c.bool.should ?? [];
    return must.every((m) => matches(doc, m)) && (should.length === 0 || should.some((s) => matches(doc, s)));
  }
  if (c.terms) {
    const [path, values] = Object.entries(c.terms)[0];
    let set = termSets.get(values);
    if (!set) termSets.set(values, (set = new Set(values.map(String))));
    return field(doc, path).some((v) => set.has(String(v)));
  }
  if (c.range) {
    const [path, r] = Object.entries(c.range)[0];
    const cmp = (a: unknown, b: unknown): number => (typeof b === 'number' ? Number(a) - b : Date.parse(String(a)) - Date.parse(String(b)));
    return field(doc, path).some((v) => (r.gte === undefined || cmp(v, r.gte) >= 0) && (r.gt === undefined || cmp(v, r.gt) > 0));
  }
  return true;
}

/** Values at a dotted path under the hit's _source, through arrays as Elasticsearch flattens them. */
function field(doc: unknown, path: string): unknown[] {
  let values: unknown[] = [(doc as { _source?: unknown })?._source];
  for (const key of path.split('.')) {
    values = values.flatMap((v) => (Array.isArray(v) ? v : [v]))
      .map((v) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[key] : undefined))
      .filter((v) => v !== undefined && v !== null);
  }
  return values.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

function send(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(JSON.stringify(body));
}
