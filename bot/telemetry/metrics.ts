import { metrics, type Counter, type Histogram } from '@opentelemetry/api';

/**
 * The product's own metrics, as Application Insights customMetrics (docs/operations.md has the queries). Through
 * the OpenTelemetry API: until telemetry is started (never, without a connection string) every instrument is the
 * API's no-op, so recording costs a function call. Attributes are kinds and outcomes only, never personal data.
 */
const meter = () => metrics.getMeter('erhvervskoordinator');

let instruments: {
  lookups: Counter; contacts: Counter; optOuts: Counter; digests: Counter; matcher: Histogram;
} | null = null;

/** Created on first use, after start-up has (or has not) installed the SDK's meter provider. */
function get() {
  instruments ??= {
    lookups: meter().createCounter('lookups', { description: 'Company look-ups, by outcome' }),
    contacts: meter().createCounter('contacts_logged', { description: 'Contacts stored' }),
    optOuts: meter().createCounter('optouts', { description: 'Opt-outs registered or revoked, by kind' }),
    digests: meter().createCounter('digest_posted', { description: 'Weekly digests posted to a channel' }),
    matcher: meter().createHistogram('matcher_latency_ms', { description: 'Time the in-memory matcher took for one query', unit: 'ms' }),
  };
  return instruments;
}

export type LookupOutcome = 'answer' | 'choices' | 'none' | 'unknownCvr';

export const productMetrics = {
  lookup(outcome: LookupOutcome): void { get().lookups.add(1, { outcome }); },
  contactLogged(): void { get().contacts.add(1); },
  optOut(kind: 'registered' | 'revoked'): void { get().optOuts.add(1, { kind }); },
  digestPosted(week: string, how: 'scheduled' | 'manual'): void { get().digests.add(1, { week, how }); },
  matcherLatency(ms: number): void { get().matcher.record(ms); },
  /** Seconds since the contact read model last caught up with the journal, observed at each export. */
  observeReadModelLag(lagSeconds: () => number | null): void {
    meter().createObservableGauge('readmodel_lag_s', { description: 'Seconds since the contact read model last caught up', unit: 's' })
      .addCallback((result) => {
        const lag = lagSeconds();
        if (lag !== null) result.observe(lag);
      });
  },
};
