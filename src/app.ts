/** createApp(runtime) → the yoga instance. No listening and no environment reads here. */
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator, type Authenticator } from './auth/authenticator.js';
import { gateLogger, useAuthenticateFirst, useCors, type GateStats } from './auth/http-gate.js';
import { UNAUTHENTICATED_FULL_ACCESS } from './auth/viewer.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { IdgraphError } from './domain/errors.js';
import type { ProviderRegistry } from './domain/provider.js';
import { partialErrorsPlugin } from './graphql/fanout.js';
import { subgraphSchema } from './graphql/schema.js';
import { useCsrfPrevention } from './graphql/csrf.js';
import { useRequestBodyLimit } from './graphql/body-limit.js';
import { useReleaseContext } from './graphql/release.js';
import { DEFAULT_LIMITS, useQueryLimits, type QueryLimits } from './graphql/limits.js';
import type { UpstreamLimits } from './http/call-context.js';
import { cursorKeyOf } from './domain/paging.js';
import type { Ops } from './ops/index.js';
import { AuditTrail, requestIdOf } from './audit/trail.js';
import type { Logger } from 'pino';
import { createLogger, requestIdOf as loggedRequestIdOf, useRequestLog, yogaLoggerOf } from './ops/logging.js';
import type { Tracing } from './ops/tracing.js';
import { graphiqlOptions, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';
import { MemoryStore, type SharedStore } from './shared/store.js';
import { loadTrustedDocuments, useAutomaticPersistedQueries, useTrustedDocuments } from './shared/trusted-documents.js';

export interface AppOptions {
  providers: ProviderRegistry;
  graphiql?: boolean;
  /** Origins CORS answers ('*': any, sandbox only); none by default. */
  corsOrigins?: string[] | '*';
  /** Send Access-Control-Allow-Credentials to allowed origins (default false; never with '*'). */
  corsCredentials?: boolean;
  /** Larger request bodies get 413 (default 1 MB). */
  maxBodyBytes?: number;
  /** Hide internal error details (default true). */
  maskErrors?: boolean;
  /** Depth, cost, alias and token limits (defaults: DEFAULT_LIMITS). */
  limits?: QueryLimits;
  /** Answer introspection queries (default true; off in live mode through the config). */
  introspection?: boolean;
  /** Refuse requests a browser could send cross-site without a preflight (default true). */
  csrfPrevention?: boolean;
  logLevel?: Config['logLevel'];
  /** LOG_FORMAT (default pretty). */
  logFormat?: Config['logFormat'];
  /** The pino logger for request lines and yoga's lines (default: one from logLevel and logFormat on stdout). */
  log?: Logger;
  /** Where yoga's log lines go (default: `log`); client errors go to debug. */
  logger?: YogaLogger;
  /** OpenTelemetry (src/ops/tracing.ts): a span per operation; null/absent = off. */
  tracing?: Tracing | null;
  /** Counters of refused callers and client errors, filled in by the app. */
  stats?: GateStats;
  /** Caller authentication; omitted = none (every caller has every scope). */
  auth?: Authenticator;
  /** Per request: overall deadline and budget of upstream calls (default DEFAULT_UPSTREAM_LIMITS). */
  upstream?: UpstreamLimits;
  /** Probes (/health, /ready), metrics (/metrics) and GraphQL operation metrics: src/ops/. */
  ops?: Ops;
  /** Issue 16: trusted documents (only these run, by id) and/or automatic persisted queries in the shared store. */
  documents?: { trusted?: Map<string, string> | undefined; apq?: SharedStore | undefined };
  /** CURSOR_SECRET: the key of this app's cursor signatures (random per app when absent). */
  cursorSecret?: string | null | undefined;
  /** The audit trail of mutations (src/audit/trail.ts); none = nothing recorded. */
  audit?: AuditTrail | null;
}

/** The app options the configuration asks for (used by main.ts, the tests and the benchmarks). */
export function appOptionsFromConfig(config: Config, providers: ProviderRegistry, shared?: SharedStore): AppOptions {
  const trusted = config.shared.trustedDocuments ? loadTrustedDocuments(config.shared.trustedDocuments) : undefined;
  return {
    documents: { trusted, apq: config.shared.apq ? (shared ?? new MemoryStore()) : undefined },
    cursorSecret: config.cursorSecret,
    providers,
    graphiql: config.graphiql,
    corsOrigins: config.corsOrigins,
    corsCredentials: config.corsCredentials,
    maxBodyBytes: config.maxBodyBytes,
    maskErrors: true,
    limits: config.limits,
    introspection: config.introspection,
    csrfPrevention: config.csrfPrevention,
    logLevel: config.logLevel,
    logFormat: config.logFormat,
    auth: createAuthenticator(config.auth),
    upstream: config.upstream,
    audit: AuditTrail.fromConfig(config.audit, config.logLevel === 'silent'),
  };
}

export const EXAMPLE_QUERY = `# Users of every provider, 5 at a time (add a provider argument to pick one)
query Users {
  users(first: 5) {
    edges {
      node {
        id
        provider
        email
        displayName
        status
        roles { name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# One person in every provider (this one exists in all four simulators)
query Person {
  person(email: "ada.lovelace@people.example.com") {
    providers
    accounts { id provider email status }
    invitations { id provider status }
    errors { provider code message }
  }
}

# Off-boarding, as a dry run first
mutation Offboard {
  deprovisionPerson(input: { email: "ada.lovelace@people.example.com", mode: DISABLE, dryRun: true }) {
    ... on DeprovisionReport { complete entries { provider action outcome detail } }
    ... on Error { code message }
  }
}
`;

/** Finds the idgraph error behind a GraphQL error, however deeply it was wrapped. */
function findIdgraphError(error: unknown): IdgraphError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof IdgraphError) return current;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

/** `extensions.provider` spelled as the Provider enum value (the id upper-cased), as clients see it everywhere else. */
function withEnumProvider(extensions: Record<string, unknown>): Record<string, unknown> {
  return typeof extensions.provider === 'string' ? { ...extensions, provider: extensions.provider.toUpperCase() } : extensions;
}

/** By name, not instanceof: graphql may be loaded twice (ESM and CommonJS builds). */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** graphql-js's "Did you mean …?" hints, which spell out schema names; dropped where introspection is off. */
const SUGGESTION = / ?Did you mean [^?]*\?/g;
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '');
}

export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  const stats: GateStats = options.stats ?? { refusedCallers: 0, clientErrors: 0 };
  const log = options.log ?? createLogger({ level: options.logLevel ?? 'info', format: options.logFormat ?? 'pretty' });
  const logger = gateLogger(options.logLevel ?? 'info', stats, options.logger ?? yogaLoggerOf(log));
  const suggestions = options.introspection !== false;
  const graphiql = options.graphiql !== false;
  // The gate runs first, in this order: CORS (and preflights), CSRF, then the caller's credential,
  // all before yoga reads the body.
  const gate: Plugin[] = [useCors(options.corsOrigins ?? [], options.corsCredentials === true)];
  if (options.csrfPrevention !== false) gate.push(useCsrfPrevention({ graphiql }));
  const authFirst = options.auth ? useAuthenticateFirst(options.auth, logger, stats) : null;
  if (authFirst) gate.push(authFirst.plugin);
  // Issue 16: trusted documents / APQ, right after the gate (an unauthenticated caller learns nothing).
  if (options.documents?.trusted) gate.push(useTrustedDocuments(options.documents.trusted));
  else if (options.documents?.apq) gate.push(useAutomaticPersistedQueries(options.documents.apq));
  const cursorKey = cursorKeyOf(options.cursorSecret);
  const plugins: Plugin[] = [useQueryLimits(options.limits ?? DEFAULT_LIMITS)];
  // Operations first: probes answer before anything else (CORS, CSRF, auth) looks at the request.
  if (options.ops) gate.unshift(options.ops.plugin(options.auth));
  // The request id and the request log line come before everything, refused callers included.
  gate.unshift(useRequestLog(log, authFirst ? (request) => authFirst.known(request) : undefined));
  if (options.tracing) plugins.push(options.tracing.plugin());
  if (options.introspection === false) {
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  }
  if (!suggestions) {
    plugins.push({
      onValidate:
        () =>
        ({ result, setResult }) => {
          if (result.some((e) => e.message.includes('Did you mean '))) {
            setResult(
              result.map(
                (e) =>
                  new GraphQLError(withoutSuggestions(e.message), {
                    nodes: e.nodes,
                    source: e.source,
                    positions: e.positions,
                    path: e.path,
                    extensions: e.extensions,
                  }),
              ),
            );
          }
        },
    });
  }
  return createYoga<Record<string, never>, Context>({
    // The subgraph schema: the public API plus Federation's _service and _entities.
    schema: subgraphSchema,
    logging: logger,
    graphqlEndpoint: '/graphql',
    // /health and /ready are idgraph's own (src/ops/); yoga's built-in check moves out of the way.
    healthCheckEndpoint: '/.well-known/yoga-health',
    landingPage: false,
    graphiql: graphiql ? graphiqlOptions(EXAMPLE_QUERY) : false,
    renderGraphiQL,
    // CORS is answered by the gate (useCors): yoga's option cannot refuse unknown origins without `null`.
    cors: false,
    // Checked by useRequestBodyLimit (last plugin), which skips counting what Node's parser already bounds.
    maxRequestBodySize: false,
    context: async ({ request }) =>
      createContext(
        options.providers,
        authFirst ? await authFirst.viewerOf(request) : UNAUTHENTICATED_FULL_ACCESS,
        {
          limits: options.upstream,
          signal: request.signal,
          cursorKey,
        },
        { requestId: loggedRequestIdOf(request) ?? requestIdOf(request), audit: options.audit ?? null },
      ),
    // The partial errors (a provider that failed beside data others answered) join the result before
    // any other plugin sees it (envelop calls onExecuteDone in this order): metrics, the request log and
    // tracing count them. GraphiQL's static assets come next: the CSRF rule would refuse a script or worker load.
    plugins: [
      partialErrorsPlugin(),
      ...(graphiql ? [useGraphiQLAssets()] : []),
      ...gate,
      ...plugins,
      useReleaseContext(),
      useRequestBodyLimit(options.maxBodyBytes ?? 1_000_000),
    ],
    maskedErrors: {
      // Never attach stack traces or original errors, whatever NODE_ENV says.
      isDev: false,
      maskError(error, message) {
        const known = findIdgraphError(error);
        if (known) {
          const graphqlError = isGraphQLError(error) ? error : null;
          return new GraphQLError(known.message, {
            nodes: graphqlError?.nodes,
            source: graphqlError?.source,
            positions: graphqlError?.positions,
            path: graphqlError?.path,
            extensions: { code: known.code, ...withEnumProvider(known.extensions()) },
          });
        }
        if (isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError))) {
          // A GraphQL syntax, validation or coercion error: safe to show, and it gets a code.
          const code = (error.extensions.code as string | undefined) ?? 'BAD_USER_INPUT';
          return new GraphQLError(suggestions ? error.message : withoutSuggestions(error.message), {
            nodes: error.nodes,
            positions: error.positions,
            path: error.path,
            extensions: { ...error.extensions, code },
          });
        }
        if (options.maskErrors === false && error instanceof Error) return error;
        const path = isGraphQLError(error) ? error.path : undefined;
        return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
  });
}
