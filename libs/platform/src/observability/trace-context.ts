import { context, Context, propagation, ROOT_CONTEXT } from '@opentelemetry/api';

/**
 * The W3C traceparent of the active span, or undefined when tracing is off or nothing is being traced: stored
 * with work that runs later (an outbox row, a queued job) so that work continues the same trace.
 */
export function currentTraceParent(): string | undefined {
  const carrier: { traceparent?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

/** The context to run deferred work in: the trace it was caused by, when one was recorded. */
export function contextOfTraceParent(traceParent: string | undefined): Context {
  return traceParent ? propagation.extract(ROOT_CONTEXT, { traceparent: traceParent }) : context.active();
}
