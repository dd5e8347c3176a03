/**
 * Operations for one app: metrics (src/ops/metrics.ts), probes (src/ops/health.ts) and the yoga
 * plugin that serves /health, /ready and /metrics and measures GraphQL operations. main.ts, the test
 * helpers and the benchmarks create one Ops per app and pass `ops.observer` to startProviders and
 * `ops` to createApp.
 */
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { hasScope } from '../auth/viewer.js';
import type { Authenticator } from '../auth/authenticator.js';
import type { OpsConfig } from '../config.js';
import type { ProviderId } from '../domain/types.js';
import type { HttpObserver } from '../http/observer.js';
import { Health } from './health.js';
import { Metrics } from './metrics.js';

export interface OpsOptions {
  config: OpsConfig;
  /** The providers that are configured (the required ones must be among them). */
  enabled: readonly ProviderId[];
  /** Process and runtime metrics (on in main.ts; off in tests, where many apps share one process). */
  defaultMetrics?: boolean;
}

export class Ops {
  readonly metrics: Metrics;
  readonly health: Health;
  readonly config: OpsConfig;

  constructor(options: OpsOptions) {
    this.config = options.config;
    this.metrics = new Metrics({ defaultMetrics: options.defaultMetrics ?? false });
    this.health = new Health(() => this.metrics.observedClients, {
      required: options.config.readyRequiredProviders,
      enabled: options.enabled,
      cacheMs: options.config.readyCacheMs,
    });
  }

  /** Give this to startProviders: every HttpClient reports to it. */
  get observer(): HttpObserver {
    return this.metrics;
  }

  /** /metrics on the API port: when metrics are on and no separate METRICS_PORT is configured. */
  get metricsOnApiPort(): boolean {
    return this.config.metrics.enabled && this.config.metrics.port == null;
  }

  /** The answer of GET /metrics (for the API port's route and the separate metrics server). */
  async metricsResponse(R: typeof Response = Response): Promise<Response> {
    return new R(await this.metrics.text(), { status: 200, headers: { 'content-type': this.metrics.contentType, 'cache-control': 'no-store' } });
  }

  /** The yoga plugin: probes and metrics routes, GraphQL operation metrics, in-flight requests. */
  plugin(auth: Authenticator | undefined): Plugin {
    return opsPlugin(this, auth);
  }
}

const json = (R: typeof Response, status: number, body: unknown) =>
  new R(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

function operationOf(document: DocumentNode, operationName: string | null | undefined): { name: string | null; type: string } {
  const op = getOperationAST(document, operationName ?? undefined);
  return { name: op?.name?.value ?? operationName ?? null, type: op?.operation ?? 'unknown' };
}

function isExecutionResult(value: unknown): value is ExecutionResult {
  return value != null && typeof value === 'object' && !(Symbol.asyncIterator in value);
}

function opsPlugin(ops: Ops, auth: Authenticator | undefined): Plugin {
  const counted = new WeakSet<Request>();
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      // yoga's own Response class, so the server adapter streams the body as it does for GraphQL.
      const R = fetchAPI.Response;
      if (request.method === 'GET' || request.method === 'HEAD') {
        if (url.pathname === '/health') return endResponse(json(R, 200, ops.health.live()));
        if (url.pathname === '/ready') {
          const report = ops.health.ready();
          return endResponse(json(R, report.status === 'ready' ? 200 : 503, report));
        }
        if (url.pathname === '/metrics' && ops.metricsOnApiPort) {
          if (auth?.required) {
            let allowed = false;
            try {
              allowed = hasScope(await auth.authenticate(request.headers), 'metrics:read');
            } catch {
              return endResponse(json(R, 401, { error: 'UNAUTHENTICATED', message: 'A credential with the scope metrics:read is required' }));
            }
            if (!allowed) return endResponse(json(R, 403, { error: 'FORBIDDEN', message: 'This needs the scope metrics:read' }));
          }
          return endResponse(await ops.metricsResponse(R));
        }
        if (url.pathname === '/metrics') return endResponse(json(R, 404, { error: 'NOT_FOUND', message: 'Metrics are not served on this port' }));
      }
      counted.add(request);
      ops.metrics.requestStarted();
    },
    onResponse({ request }) {
      if (counted.delete(request)) ops.metrics.requestEnded();
    },
    onExecute({ args }) {
      const started = performance.now();
      const { name, type } = operationOf(args.document, args.operationName);
      return {
        onExecuteDone({ result }) {
          const failed = isExecutionResult(result) && (result.errors?.length ?? 0) > 0;
          ops.metrics.operationDone(name, type, (performance.now() - started) / 1000, failed);
        },
      };
    },
    onResultProcess({ result }) {
      for (const one of Array.isArray(result) ? result : [result]) {
        if (!isExecutionResult(one)) continue;
        for (const error of one.errors ?? []) ops.metrics.graphqlError(String((error as { extensions?: { code?: unknown } }).extensions?.code ?? 'UNKNOWN'));
      }
    },
  };
}
