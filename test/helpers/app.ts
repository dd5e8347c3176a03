/**
 * createTestApp(): the real app over real simulators on loopback ports, in sandbox mode. gql() posts a
 * GraphQL request through yoga's fetch (the HTTP surface clients see); the adapters talk real HTTP
 * to the simulators through undici.
 */
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startProviders, type Runtime } from '../../src/providers/index.js';
import { PROVIDER_IDS, type ProviderId } from '../../src/domain/types.js';
import { Ops } from '../../src/ops/index.js';
import { AuditTrail } from '../../src/audit/trail.js';
import { RecordingAuditStore } from './recording-audit-store.js';
import type { Logger } from 'pino';
import type { Tracing } from '../../src/ops/tracing.js';
import { combineObservers } from '../../src/http/observer.js';
import { AuditCheck } from './audit-check.js';

/** The audit trail on (the test app then puts it on the shared embedded store), unless the test chose a store or turned it off. */
function auditDefaults(env: Record<string, string>): Record<string, string> {
  if (env.AUDIT_ENABLED === 'false' || env.AUDIT_DATA_DIR || env.DATABASE_URL || env.AUDIT_STORE) return {};
  return { AUDIT_ENABLED: 'true', AUDIT_STORE: 'memory' };
}
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A typed document of test/gql/ (`graphql(`…`)`): its result and variables types ride along. */
export type TypedDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  runtime: Runtime;
  /** Metrics and probes of this app (src/ops/). */
  ops: Ops;
  /** The audit trail: on by default, on the shared embedded store (null with AUDIT_ENABLED=false). */
  audit: AuditTrail | null;
  /** Any request to the app (e.g. GET /health), through yoga's fetch. */
  fetch(path: string, init?: RequestInit): Promise<Response>;
  /**
   * POSTs one GraphQL request; answers the HTTP status and the parsed body. A typed document
   * (`graphql(…)` from test/gql/) gives the result and variables types; a plain string (a document
   * sent on purpose as invalid, or built at run time) answers `unknown` data unless typed.
   */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  gql<R, V>(query: TypedDocument<R, V>, variables?: V): Promise<GqlResponse<R>>;
  /** POSTs a raw body, for malformed requests. */
  raw(body: string, headers?: Record<string, string>): Promise<{ status: number; text: string }>;
  /** POSTs a raw body and answers the whole Response (headers included). */
  post(body: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  log?: Logger;
  tracing?: Tracing | null;
  /** Start only these providers (and their simulators); the others are off (`<ID>_MODE=off`). Default: all. */
  providers?: readonly ProviderId[];
  /** Leave probes and metrics out of the app altogether (the ops bench's bare setting). */
  withoutOps?: boolean;
}

/**
 * Env overrides go through loadConfig, exactly as `npm start` reads them. `providers` switches the
 * others off, so a test boots only the simulators it needs.
 */
export async function createTestApp(env: Record<string, string> = {}, testOptions: TestAppOptions = {}): Promise<TestApp> {
  const { providers: only, withoutOps, ...extra } = testOptions;
  const off = only ? Object.fromEntries(PROVIDER_IDS.filter((id) => !only.includes(id)).map((id) => [`${id.toUpperCase()}_MODE`, 'off'])) : {};
  // The audit trail is on, in the embedded store (one PGlite per test worker, shared by its apps:
  // test/helpers/recording-audit-store.ts), and checked at close() (test/helpers/audit-check.ts):
  // every mutation a test runs must leave its event. A test that picks its own store (AUDIT_DATA_DIR,
  // DATABASE_URL, AUDIT_STORE) or turns the trail off (AUDIT_ENABLED=false) is not checked.
  // A generous slot wait: tests that fire 50 queries at once must not fail fast on a loaded CI machine
  // (test/gate-upstream.test.ts sets HTTP_SLOT_WAIT_MS itself where the fail-fast is the subject).
  const config = loadConfig({ HTTP_MAX_RETRY_DELAY_MS: '2000', HTTP_SLOT_WAIT_MS: '10000', LOG_LEVEL: 'silent', ...off, ...auditDefaults(env), ...env });
  const ops = new Ops({ config: config.ops, enabled: PROVIDER_IDS.filter((id) => config.providers[id].mode !== 'off') });
  const runtime = await startProviders(config, { observer: combineObservers(withoutOps ? undefined : ops.observer, extra.tracing?.observer) });
  const check = config.audit.enabled && config.audit.store === 'memory' && !('AUDIT_STORE' in env) ? new AuditCheck() : null;
  const options = appOptionsFromConfig(config, runtime.providers);
  const recording = check ? new RecordingAuditStore() : null;
  if (recording) options.audit = new AuditTrail(() => recording.open());
  const yoga = createApp({ ...options, graphiql: false, ...(withoutOps ? {} : { ops }), ...extra });
  const post = async (body: string, headers: Record<string, string> = {}): Promise<Response> => {
    const response = await yoga.fetch('http://idgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    check?.watch(body, headers, response);
    return response;
  };
  const raw = async (body: string, headers: Record<string, string> = {}) => {
    const response = await post(body, headers);
    return { status: response.status, text: await response.text() };
  };
  return {
    runtime,
    ops,
    audit: options.audit ?? null,
    fetch: async (path, init) => {
      const response = await yoga.fetch(new URL(path, 'http://idgraph.test'), init ?? {});
      if (init?.method === 'POST') check?.watch(init.body, Object.fromEntries(new Headers(init.headers).entries()), response);
      return response;
    },
    raw,
    post,
    async gql(query: string | TypedDocument<unknown, unknown>, variables?: unknown) {
      const { status, text } = await raw(JSON.stringify({ query: query.toString(), variables }));
      const body = JSON.parse(text) as GqlResponse;
      return { status, data: (body.data ?? null) as never, ...(body.errors ? { errors: body.errors } : {}) };
    },
    close: async () => {
      try {
        if (check && recording) await check.verify(recording.appended);
      } finally {
        await options.audit?.close();
        await runtime.close();
      }
    },
  };
}
