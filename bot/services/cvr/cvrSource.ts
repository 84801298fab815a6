/**
 * The CVR system-to-system service ("System til system-adgang til CVR-data"): Elasticsearch 1.7 over HTTP
 * with Basic authentication. Searches open a scroll; pages are fetched with the scroll id as the raw request
 * body, the form 1.7 accepts. Busy answers (429, 502–504) and timeouts are retried with backoff; a wrong
 * password (401/403) is not, since retrying it only risks locking the account.
 */

export interface CvrSourceSettings {
  /** e.g. http://distribution.virk.dk (the alias and type are appended). */
  baseUrl: string;
  user: string;
  password: string;
  /** Documents per page; the service caps pages at 3,000. */
  pageSize: number;
  /** Per request; a scroll page of full Vrvirksomhed documents can take tens of seconds. */
  requestTimeoutMs: number;
  /** How long the service keeps a scroll open between pages (ES duration, e.g. "5m"). */
  scrollKeepAlive: string;
  maxAttempts: number;
  /** First backoff; doubles per attempt, with jitter. */
  backoffMs: number;
}

export interface ScrollPage {
  hits: unknown[];
  scrollId: string | null;
  total: number;
}

/** Why a call failed, in words the settings page can show. */
export class CvrSourceError extends Error {
  constructor(message: string, readonly kind: 'auth' | 'unavailable' | 'timeout' | 'invalid' | 'expired' | 'stopped') {
    super(message);
    this.name = 'CvrSourceError';
  }
}

const RETRYABLE = new Set([429, 502, 503, 504]);

export class CvrSource {
  constructor(private readonly s: CvrSourceSettings, private readonly sleep: (ms: number, signal: AbortSignal) => Promise<void> = abortableSleep) {}

  /**
   * First page of a search of `type` (virksomhed or produktionsenhed) under the cvr-permanent alias; `scroll`
   * false for a look-up that fits one page, so no scroll context is left open on the service.
   */
  search(type: 'virksomhed' | 'produktionsenhed', body: Record<string, unknown>, signal: AbortSignal, scroll = true): Promise<ScrollPage> {
    const base = `${this.s.baseUrl.replace(/\/+$/, '')}/cvr-permanent/${type}/_search`;
    const url = scroll ? `${base}?scroll=${this.s.scrollKeepAlive}` : base;
    return this.call(url, JSON.stringify(body), 'application/json', signal);
  }

  /** The next page of an open scroll; an expired scroll is reported as such so the caller can start over. */
  next(scrollId: string, signal: AbortSignal): Promise<ScrollPage> {
    const url = `${this.s.baseUrl.replace(/\/+$/, '')}/_search/scroll?scroll=${this.s.scrollKeepAlive}`;
    return this.call(url, scrollId, 'text/plain', signal);
  }

  private async call(url: string, body: string, contentType: string, signal: AbortSignal): Promise<ScrollPage> {
    const auth = `Basic ${Buffer.from(`${this.s.user}:${this.s.password}`, 'utf8').toString('base64')}`;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw new CvrSourceError('synkroniseringen blev stoppet', 'stopped');
      let failure: CvrSourceError;
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': contentType, Accept: 'application/json' },
          body,
          signal: AbortSignal.any([signal, AbortSignal.timeout(this.s.requestTimeoutMs)]),
        });
        const text = await res.text();
        if (res.ok) return readPage(text);
        if (res.status === 401 || res.status === 403) {
          throw new CvrSourceError('CVR-tjenesten afviste brugernavn eller adgangskode (HTTP ' + res.status + ')', 'auth');
        }
        if (res.status === 404 && /SearchContextMissing|No search context/i.test(text)) {
          throw new CvrSourceError('CVR-tjenesten havde lukket gennemløbet (scroll) – det startes forfra', 'expired');
        }
        if (!RETRYABLE.has(res.status)) throw new CvrSourceError(`CVR-tjenesten svarede HTTP ${res.status}`, 'invalid');
        failure = new CvrSourceError(`CVR-tjenesten var optaget (HTTP ${res.status})`, 'unavailable');
      } catch (e) {
        if (e instanceof CvrSourceError) {
          if (e.kind !== 'unavailable') throw e;
          failure = e;
        } else if (signal.aborted) {
          throw new CvrSourceError('synkroniseringen blev stoppet', 'stopped');
        } else if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) {
          failure = new CvrSourceError(`CVR-tjenesten svarede ikke inden for ${Math.round(this.s.requestTimeoutMs / 1000)} sekunder`, 'timeout');
        } else {
          failure = new CvrSourceError(`CVR-tjenesten kunne ikke nås (${e instanceof Error ? e.message : String(e)})`, 'unavailable');
        }
      }
      if (attempt >= this.s.maxAttempts) throw failure;
      const delay = this.s.backoffMs * 2 ** (attempt - 1);
      await this.sleep(delay / 2 + Math.random() * (delay / 2), signal);
    }
  }
}

function readPage(text: string): ScrollPage {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CvrSourceError('CVR-tjenesten sendte et svar, der ikke er gyldig JSON', 'invalid');
  }
  const v = value as { _scroll_id?: unknown; hits?: { hits?: unknown; total?: unknown } };
  if (typeof v !== 'object' || v === null || !Array.isArray(v.hits?.hits)) {
    throw new CvrSourceError('CVR-tjenesten sendte et svar uden søgeresultater (hits)', 'invalid');
  }
  return {
    hits: v.hits.hits,
    scrollId: typeof v._scroll_id === 'string' ? v._scroll_id : null,
    total: typeof v.hits.total === 'number' ? v.hits.total : 0,
  };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}
