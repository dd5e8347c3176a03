/**
 * OpenTelemetry traces: a span per GraphQL operation (SERVER, a child of the caller's `traceparent`
 * when one came) and a span per upstream exchange (CLIENT, from the HTTP core's observer hooks, so
 * every provider call is covered whatever adapter makes it), exported by OTLP/HTTP (JSON).
 *
 * Off unless OTEL_EXPORTER_OTLP_ENDPOINT is set: then startTracing() answers null, no SDK is started,
 * no plugin and no observer are installed, and a request costs nothing extra.
 *
 * `traceparent` goes to providers only with OTEL_PROPAGATE_UPSTREAM=true: they are third parties.
 * Span attributes carry provider, operation, status and attempt; never URLs, ids, bodies or headers.
 */
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Context as OtelContext, type Span, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { HttpObserver } from '../http/observer.js';

export interface TracingOptions {
  /** OTEL_EXPORTER_OTLP_ENDPOINT (the collector's base URL; spans go to <endpoint>/v1/traces). */
  endpoint: string | null;
  serviceName: string;
  /** OTEL_PROPAGATE_UPSTREAM: send `traceparent` to providers (default false). */
  propagateUpstream: boolean;
  /** How long spans are batched before export (default 1000 ms). */
  exportDelayMs?: number;
  /** Another exporter instead of OTLP/HTTP (benchmarks). */
  exporter?: SpanExporter;
}

const propagator = new W3CTraceContextPropagator();
const headersGetter = {
  get: (carrier: Headers, key: string) => carrier.get(key) ?? undefined,
  keys: (carrier: Headers) => [...carrier.keys()],
};

let contextManagerInstalled = false;
/** The global context manager (AsyncLocalStorage), once per process; the tracer provider is never global. */
function installContextManager(): void {
  if (contextManagerInstalled) return;
  contextManagerInstalled = context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
}

/** An error's code, before yoga masks it: extensions.code, or the code of the error behind it. */
function codeOf(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    const code = (current as { extensions?: { code?: unknown } }).extensions?.code ?? (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z][A-Z_]+$/.test(code)) return code;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return 'INTERNAL_SERVER_ERROR';
}

function errorCodes(errors: readonly unknown[] | undefined): string[] {
  return errors ? [...new Set(errors.map(codeOf))] : [];
}

export class Tracing {
  readonly tracer: Tracer;
  readonly observer: HttpObserver;

  constructor(
    private readonly provider: BasicTracerProvider,
    propagateUpstream: boolean,
  ) {
    this.tracer = provider.getTracer('idgraph');
    const tracer = this.tracer;
    this.observer = {
      onUpstreamStart(event) {
        const parent = context.active();
        const span = tracer.startSpan(
          `${event.provider} ${event.operation}`,
          {
            kind: SpanKind.CLIENT,
            attributes: {
              'idgraph.provider': event.provider,
              'idgraph.upstream.operation': event.operation,
              'http.request.method': event.method,
              'idgraph.upstream.attempt': event.attempt,
              'idgraph.upstream.retry': event.attempt > 1,
              ...(event.attempt > 1 ? { 'http.request.resend_count': event.attempt - 1 } : {}),
            },
          },
          parent,
        );
        if (propagateUpstream) propagator.inject(trace.setSpan(parent, span), event, { set: (carrier, key, value) => carrier.setHeader(key, value) });
        return (end) => {
          span.setAttribute('idgraph.upstream.status', end.status);
          const code = Number(end.status);
          if (Number.isInteger(code)) span.setAttribute('http.response.status_code', code);
          else span.setAttribute('error.type', end.status);
          if (!Number.isInteger(code) || code >= 400) span.setStatus({ code: SpanStatusCode.ERROR, message: end.status });
          span.end();
        };
      },
      onRetry(event) {
        // The exchange's span has ended; the retry is an event on the span that waits for it.
        trace.getActiveSpan()?.addEvent('upstream.retry', {
          'idgraph.provider': event.provider,
          'idgraph.upstream.operation': event.operation,
          'idgraph.retry.reason': event.reason,
          'idgraph.retry.delay_s': event.delaySeconds,
          'idgraph.retry.retry_after': event.retryAfter,
        });
      },
      onCircuitRejected(event) {
        trace.getActiveSpan()?.addEvent('upstream.circuit_open', { 'idgraph.provider': event.provider, 'idgraph.upstream.operation': event.operation });
      },
    };
  }

  /** The yoga plugin: one SERVER span per GraphQL operation, active while it executes. */
  plugin(): Plugin {
    const tracer = this.tracer;
    return {
      onExecute({ args, executeFn, setExecuteFn }) {
        const request = (args.contextValue as { request?: Request }).request;
        const parent: OtelContext = request ? propagator.extract(ROOT_CONTEXT, request.headers, headersGetter) : ROOT_CONTEXT;
        const operation = getOperationAST(args.document, args.operationName ?? undefined);
        const type = operation?.operation ?? 'query';
        const name = operation?.name?.value;
        const span: Span = tracer.startSpan(
          name ? `${type} ${name}` : type,
          {
            kind: SpanKind.SERVER,
            attributes: { 'graphql.operation.type': type, ...(name ? { 'graphql.operation.name': name } : {}) },
          },
          parent,
        );
        const active = trace.setSpan(parent, span);
        setExecuteFn((executeArgs) => context.with(active, () => executeFn(executeArgs)));
        return {
          onExecuteDone({ result }) {
            if (!(Symbol.asyncIterator in result)) {
              const codes = errorCodes(result.errors);
              if (codes.length > 0) {
                span.setAttribute('idgraph.error_codes', codes);
                span.setStatus({ code: SpanStatusCode.ERROR, message: codes.join(',') });
              }
            }
            span.end();
          },
        };
      },
    };
  }

  /** Exports what is batched (tests, shutdown). */
  flush(): Promise<void> {
    return this.provider.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.provider.shutdown();
  }
}

/** The tracer when an endpoint (or an exporter) is configured; null (nothing started) otherwise. */
export function startTracing(options: TracingOptions): Tracing | null {
  if (!options.endpoint && !options.exporter) return null;
  installContextManager();
  const exporter = options.exporter ?? new OTLPTraceExporter({ url: `${options.endpoint!.replace(/\/+$/, '')}/v1/traces` });
  const provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: options.exportDelayMs ?? 1_000 })],
  });
  return new Tracing(provider, options.propagateUpstream);
}
