/**
 * Prometheus metrics (prom-client), one registry per app so tests and several apps in one process
 * never share counters. Names follow the Prometheus conventions: an `idgraph_` prefix, base units
 * (seconds), `_total` for counters, enum-style gauges for states. Label values come from a closed set
 * (provider ids, HTTP statuses, operation types, error codes) except the GraphQL operation name,
 * which the client chooses: it is capped (MAX_OPERATION_NAMES distinct names, then `other`).
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { HttpObserver, ObservedClient, UpstreamCallEvent, UpstreamRetryEvent } from '../http/observer.js';
import type { ProviderId } from '../domain/types.js';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
const WAIT_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 30];
const CIRCUIT_STATES = ['CLOSED', 'OPEN', 'HALF_OPEN'] as const;
const MAX_OPERATION_NAMES = 200;
const OPERATION_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

export interface MetricsOptions {
  /** Process and Node.js runtime metrics (process_cpu_seconds_total, nodejs_eventloop_lag_seconds…). */
  defaultMetrics?: boolean;
}

export class Metrics implements HttpObserver {
  readonly registry = new Registry();
  private readonly clients = new Map<ProviderId, ObservedClient>();
  private readonly operationNames = new Set<string>();

  private readonly graphqlOperations = new Counter({
    name: 'idgraph_graphql_operations_total',
    help: 'GraphQL operations executed, by operation name, type and outcome (success, error: at least one error in the result).',
    labelNames: ['operation_name', 'operation_type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: 'idgraph_graphql_operation_duration_seconds',
    help: 'Time to execute a GraphQL operation (after parsing and validation), by operation name and type.',
    labelNames: ['operation_name', 'operation_type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly graphqlErrors = new Counter({
    name: 'idgraph_graphql_errors_total',
    help: 'Errors in GraphQL results (including syntax, validation and partial errors), by extensions.code.',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly httpInFlight = new Gauge({
    name: 'idgraph_http_requests_in_flight',
    help: 'Incoming HTTP requests being served now.',
    registers: [this.registry],
  });
  private readonly upstreamRequests = new Counter({
    name: 'idgraph_upstream_requests_total',
    help: 'HTTP exchanges with a provider (each attempt), by provider, operation and status (HTTP status, timeout or connection_error).',
    labelNames: ['provider', 'operation', 'status'] as const,
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'idgraph_upstream_request_duration_seconds',
    help: 'Duration of one HTTP exchange with a provider (without the wait for a connection slot).',
    labelNames: ['provider', 'operation', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly upstreamRetries = new Counter({
    name: 'idgraph_upstream_retries_total',
    help: 'Retried upstream exchanges, by provider, operation and reason (the status retried, or connection_error).',
    labelNames: ['provider', 'operation', 'reason'] as const,
    registers: [this.registry],
  });
  private readonly retryAfterWait = new Histogram({
    name: 'idgraph_upstream_retry_after_wait_seconds',
    help: "Time waited because a provider's Retry-After asked for it, by provider.",
    labelNames: ['provider'] as const,
    buckets: WAIT_BUCKETS,
    registers: [this.registry],
  });
  private readonly retryAfterRefused = new Counter({
    name: 'idgraph_upstream_retry_after_refused_total',
    help: 'Calls failed as RATE_LIMITED at once because the Retry-After exceeded HTTP_MAX_RETRY_DELAY_MS, by provider.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });
  private readonly slotWait = new Histogram({
    name: 'idgraph_upstream_slot_wait_seconds',
    help: "Time an upstream exchange waited for one of the provider's connection slots (HTTP_MAX_CONCURRENCY), by provider.",
    labelNames: ['provider'] as const,
    buckets: WAIT_BUCKETS,
    registers: [this.registry],
  });
  private readonly circuitRejections = new Counter({
    name: 'idgraph_upstream_circuit_rejections_total',
    help: 'Calls refused without being sent because the provider circuit was open, by provider.',
    labelNames: ['provider'] as const,
    registers: [this.registry],
  });
  private readonly tokenFetches = new Counter({
    name: 'idgraph_upstream_token_fetches_total',
    help: 'Bearer tokens fetched (or signed) for a provider, by provider and outcome.',
    labelNames: ['provider', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor(options: MetricsOptions = {}) {
    const clients = this.clients;
    new Gauge({
      name: 'idgraph_upstream_circuit_state',
      help: 'The circuit breaker state per provider: 1 for the current state, 0 for the others.',
      labelNames: ['provider', 'state'] as const,
      registers: [this.registry],
      collect() {
        for (const [provider, client] of clients) {
          const current = client.circuitState();
          for (const state of CIRCUIT_STATES) this.set({ provider, state }, state === current ? 1 : 0);
        }
      },
    });
    new Gauge({
      name: 'idgraph_upstream_requests_in_flight',
      help: 'Upstream exchanges under way now, by provider.',
      labelNames: ['provider'] as const,
      registers: [this.registry],
      collect() {
        for (const [provider, client] of clients) this.set({ provider }, client.inFlight().active);
      },
    });
    new Gauge({
      name: 'idgraph_upstream_slot_waiting',
      help: 'Upstream exchanges waiting for a connection slot now, by provider.',
      labelNames: ['provider'] as const,
      registers: [this.registry],
      collect() {
        for (const [provider, client] of clients) this.set({ provider }, client.inFlight().waiting);
      },
    });
    if (options.defaultMetrics) collectDefaultMetrics({ register: this.registry });
  }

  /** The HttpClients seen, by provider (readiness reads them too). */
  get observedClients(): ReadonlyMap<ProviderId, ObservedClient> {
    return this.clients;
  }

  // --- HttpObserver ---

  onClient(client: ObservedClient): void {
    this.clients.set(client.provider, client);
  }

  onUpstreamCall(e: UpstreamCallEvent): void {
    const labels = { provider: e.provider, operation: e.operation, status: e.status };
    this.upstreamRequests.inc(labels);
    this.upstreamDuration.observe(labels, e.durationSeconds);
  }

  onRetry(e: UpstreamRetryEvent): void {
    this.upstreamRetries.inc({ provider: e.provider, operation: e.operation, reason: e.reason });
    if (e.retryAfter) this.retryAfterWait.observe({ provider: e.provider }, e.delaySeconds);
  }

  onRetryAfterRefused(e: { provider: ProviderId }): void {
    this.retryAfterRefused.inc({ provider: e.provider });
  }

  onSlotWait(e: { provider: ProviderId; waitSeconds: number }): void {
    this.slotWait.observe({ provider: e.provider }, e.waitSeconds);
  }

  onCircuitRejected(e: { provider: ProviderId }): void {
    this.circuitRejections.inc({ provider: e.provider });
  }

  onTokenFetch(e: { provider: ProviderId; outcome: 'success' | 'failure' }): void {
    this.tokenFetches.inc({ provider: e.provider, outcome: e.outcome });
  }

  // --- GraphQL and HTTP (called by the yoga plugin in src/ops/plugin.ts) ---

  /** The label for a client-chosen operation name: anonymous, other (over the cap or odd), or the name. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (!OPERATION_NAME.test(name)) return 'other';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return 'other';
    this.operationNames.add(name);
    return name;
  }

  operationDone(name: string | null | undefined, type: string, durationSeconds: number, failed: boolean): void {
    const operation_name = this.operationLabel(name);
    this.graphqlOperations.inc({ operation_name, operation_type: type, outcome: failed ? 'error' : 'success' });
    this.graphqlDuration.observe({ operation_name, operation_type: type }, durationSeconds);
  }

  graphqlError(code: string): void {
    this.graphqlErrors.inc({ code: /^[A-Z_]{1,64}$/.test(code) ? code : 'OTHER' });
  }

  requestStarted(): void {
    this.httpInFlight.inc();
  }

  requestEnded(): void {
    this.httpInFlight.dec();
  }

  async text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
