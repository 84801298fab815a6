import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';

export interface Telemetry {
  /** Flushes what is buffered and stops exporting. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry to Application Insights: incoming HTTP (requests), outgoing HTTP and Azure SDK calls
 * (dependencies: the tables, Graph, the Bot Connector), exceptions, and the product metrics of ./metrics.ts.
 * Started only when APPLICATIONINSIGHTS_CONNECTION_STRING is set, before the app's modules are loaded so that the
 * instrumentations can wrap them; without it nothing is loaded and the metrics API stays a no-op.
 *
 * Live Metrics is off: it keeps a second connection open per instance for a view nobody watches here. Log lines
 * go to App Service's console log (diagnostic settings send it to Log Analytics), not through this exporter, so
 * that a line is never sent twice.
 */
export function startTelemetry(settings: { connectionString: string }): Telemetry {
  useAzureMonitor({
    azureMonitorExporterOptions: { connectionString: settings.connectionString },
    enableLiveMetrics: false,
    instrumentationOptions: {
      http: { enabled: true },
      azureSdk: { enabled: true },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
    },
  });
  return { shutdown: () => shutdownAzureMonitor() };
}
