import { trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/**
 * OpenTelemetry tracing, on when `OTEL_EXPORTER_OTLP_ENDPOINT` is set (the SDK's own variables configure the rest:
 * OTEL_SERVICE_NAME, OTEL_BSP_SCHEDULE_DELAY, ...). Spans for every HTTP request (with the GraphQL operation),
 * every job and every SQL statement, exported over OTLP/HTTP; W3C `traceparent` continues a caller's trace.
 *
 * It has to start before `pg` is first loaded, so each app's entry point imports it first (through the
 * `@wsp/platform/tracing` path, which loads nothing else); that is also why it reads these variables itself,
 * before the configuration is loaded.
 */
let provider: NodeTracerProvider | undefined;

export function startTracing(defaultServiceName: string, environment = process.env): void {
  if (provider || !environment.OTEL_EXPORTER_OTLP_ENDPOINT) return;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': environment.OTEL_SERVICE_NAME || defaultServiceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  // Statement text only: parameters may hold free text a user typed.
  registerInstrumentations({ instrumentations: [new PgInstrumentation({ enhancedDatabaseReporting: false })] });
}

export function tracingEnabled(): boolean {
  return provider !== undefined;
}

/** Sends the spans still buffered; on shutdown, after the last request and job. */
export async function stopTracing(): Promise<void> {
  await provider?.shutdown();
  provider = undefined;
}

/** The trace of the running request or job, for log lines; undefined without tracing. */
export function currentTraceId(): string | undefined {
  return provider ? trace.getActiveSpan()?.spanContext().traceId : undefined;
}
