/**
 * Environment variables, parsed once with zod. Each provider is live (its credentials set), off, or on
 * its simulator (started in-process). With no credentials anywhere everything runs on the simulators
 * (sandbox mode); once any provider is live, every other one must be live, off or explicitly
 * `<NAME>_MODE=sandbox`. Every missing or malformed variable is named in one error.
 */
import { z } from 'zod';
import type { AuthConfig } from './auth/authenticator.js';
import { isScope } from './auth/viewer.js';
import type { AuditConfig } from './audit/trail.js';
import { isProviderId, PROVIDER_IDS, PROVIDERS, type ProviderId } from './providers/known.js';
import { envVar, type ProviderDefinition } from './providers/define.js';
import type { RateLimit } from './shared/store.js';

const { bool, int, optionalText } = envVar;

/** Every provider's generic variables (<ID>_ENABLED, _MODE, _SANDBOX_PORT, _RATE_LIMIT, _RATE_BURST, _CATALOG_TTL_MS) and its own. */
const providerEnv: z.ZodRawShape = Object.assign(
  {},
  ...PROVIDERS.map((p) => {
    const NAME = p.id.toUpperCase();
    return {
      [`${NAME}_ENABLED`]: bool.default(true),
      [`${NAME}_MODE`]: z.enum(['live', 'sandbox', 'off']).optional(),
      [`${NAME}_SANDBOX_PORT`]: int(1, 65535).optional(),
      [`${NAME}_RATE_LIMIT`]: z.coerce.number().min(0).max(100_000).optional(),
      [`${NAME}_RATE_BURST`]: int(1, 100_000).optional(),
      ...(p.catalogTtlMs !== undefined ? { [`${NAME}_CATALOG_TTL_MS`]: int(0, 86_400_000).optional() } : {}),
      ...p.env,
    };
  }),
);

const EnvSchema = z.object({
  ...providerEnv,
  PORT: int(0, 65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  GRAPHIQL: bool.optional(),
  CORS_ORIGINS: optionalText,
  CORS_CREDENTIALS: bool.default(false),
  REQUEST_MAX_BODY_BYTES: int(1_000, 100_000_000).default(1_000_000),
  HTTP_TIMEOUT_MS: int(100, 120_000).default(10_000),
  HTTP_MAX_CONCURRENCY: int(1, 256).default(16),
  HTTP_MAX_ATTEMPTS: int(1, 10).default(3),
  HTTP_MAX_RETRY_DELAY_MS: int(0, 60_000).default(5_000),
  CIRCUIT_FAILURE_THRESHOLD: int(1, 1000).default(5),
  CIRCUIT_COOLDOWN_MS: int(0, 600_000).default(10_000),
  HTTP_SLOT_WAIT_MS: int(0, 120_000).default(2_000),
  HTTP_MAX_BODY_BYTES: int(1_024, 1_073_741_824).default(10 * 1024 * 1024),
  REQUEST_DEADLINE_MS: int(100, 600_000).default(15_000),
  UPSTREAM_CALL_BUDGET: int(1, 1_000_000).default(200),
  QUERY_MAX_DEPTH: int(1, 100).default(12),
  QUERY_MAX_COST: int(1, 10_000_000).default(10_000),
  QUERY_MAX_ALIASES: int(0, 10_000).default(30),
  QUERY_MAX_TOKENS: int(10, 1_000_000).default(3_000),
  QUERY_MAX_DIRECTIVES: int(0, 10_000).default(50),
  MAX_LIST_ARGUMENT: int(1, 100_000).default(100),
  INTROSPECTION: bool.optional(),
  CSRF_PREVENTION: bool.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalText.pipe(z.url().optional()),
  OTEL_SERVICE_NAME: optionalText,
  OTEL_PROPAGATE_UPSTREAM: bool.default(false),
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  AUTH_JWKS_URL: optionalText.pipe(z.url().optional()),
  AUTH_JWKS_COOLDOWN_MS: int(0, 3_600_000).default(30_000),
  AUTH_JWKS_RETRY_MS: int(100, 3_600_000).default(5_000),
  AUTH_JWT_MAX_AGE_S: int(60, 31_536_000).default(86_400),
  AUTH_API_KEYS: optionalText,
  IDGRAPH_ALLOW_UNAUTHENTICATED: bool.default(false),
  SANDBOX_LATENCY_MS: int(0, 60_000).default(0),
  SANDBOX_PORT_BASE: int(1, 65532).optional(),
  CURSOR_SECRET: optionalText,
  // Operations (src/ops/): probes, metrics, shutdown.
  READY_REQUIRED_PROVIDERS: optionalText,
  READY_CACHE_MS: int(0, 60_000).default(2_000),
  METRICS_ENABLED: bool.default(true),
  METRICS_PORT: int(0, 65535).optional(),
  METRICS_HOST: optionalText,
  SHUTDOWN_TIMEOUT_MS: int(0, 600_000).default(10_000),
  // Issue 16: several replicas (shared state in Redis, upstream budgets, trusted documents).
  REDIS_URL: optionalText.pipe(
    z
      .url()
      .refine((u) => /^rediss?:\/\//.test(u), 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_.-]{0,64}$/, 'letters, digits and : _ . - only (at most 64)')
    .default('idgraph:'),
  TRUSTED_DOCUMENTS: optionalText,
  PERSISTED_QUERIES: bool.default(false),
  // Audit trail (src/audit/): PostgreSQL when DATABASE_URL is set, else PGlite in AUDIT_DATA_DIR.
  AUDIT_ENABLED: bool.default(true),
  DATABASE_URL: optionalText,
  AUDIT_DATA_DIR: optionalText,
  AUDIT_RETENTION_DAYS: int(1, 36_500).optional(),
  // For tests and experiments only: events kept in process memory, lost at exit.
  AUDIT_STORE: z.enum(['memory']).optional(),
});

/** The parsed variables; the providers' own (from the registry) are read by name. */
type ParsedEnv = z.infer<typeof EnvSchema> & Record<string, unknown>;

export type ProviderConfig<Live> = { mode: 'off' } | { mode: 'sandbox' } | ({ mode: 'live' } & Live);

export interface HttpConfig {
  timeoutMs: number;
  maxConcurrent: number;
  maxAttempts: number;
  maxRetryDelayMs: number;
  circuitFailureThreshold: number;
  circuitCoolDownMs: number;
  /** How long a call waits for a free concurrency slot (HTTP_SLOT_WAIT_MS). */
  slotWaitMs: number;
  /** The largest upstream response body read (HTTP_MAX_BODY_BYTES). */
  maxBodyBytes: number;
  /** Where full upstream error bodies go at LOG_LEVEL=debug (never to callers). */
  debugLog?: ((message: string) => void) | undefined;
}

export interface Config {
  port: number;
  host: string;
  graphiql: boolean;
  /** '*' allows any origin (sandbox only); an empty list allows none. Origins are lower-case `scheme://host[:port]`. */
  corsOrigins: string[] | '*';
  /** CORS_CREDENTIALS: send Access-Control-Allow-Credentials to allowed origins (never with '*'). */
  corsCredentials: boolean;
  /** REQUEST_MAX_BODY_BYTES: larger request bodies get 413. */
  maxBodyBytes: number;
  http: HttpConfig;
  /** Per GraphQL request: one overall deadline (REQUEST_DEADLINE_MS) and a budget of upstream calls (UPSTREAM_CALL_BUDGET). */
  upstream: { deadlineMs: number; callBudget: number };
  /** 'live' when any provider is live; 'sandbox' when every enabled provider is a simulator. */
  mode: 'live' | 'sandbox';
  introspection: boolean;
  csrfPrevention: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  /** LOG_FORMAT: JSON lines (default in live mode) or pino-pretty lines (default in the sandbox). */
  logFormat: 'json' | 'pretty';
  /** OpenTelemetry traces (src/ops/tracing.ts): off (no SDK started) unless OTEL_EXPORTER_OTLP_ENDPOINT is set. */
  tracing: { endpoint: string | null; serviceName: string; propagateUpstream: boolean };
  auth: AuthConfig;
  /** IDGRAPH_ALLOW_UNAUTHENTICATED: the explicit switch that lets live mode run without caller authentication. */
  allowUnauthenticated: boolean;
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number; maxDirectives: number; maxListLength: number };
  sandboxLatencyMs: number;
  /** Probes, metrics and shutdown (src/ops/). */
  ops: OpsConfig;
  /** The audit trail of mutations (src/audit/). */
  audit: AuditConfig;
  /** Fixed simulator ports (<PROVIDER>_SANDBOX_PORT, else SANDBOX_PORT_BASE + enum position); unset = random. */
  sandboxPorts: Partial<Record<ProviderId, number>>;
  /** Signs connection cursors; random per process when unset. */
  cursorSecret?: string | undefined;
  /** Issue 16: what replicas share (see README "Running several replicas"). */
  shared: SharedConfig;
  /** Per provider (src/providers/registry.ts): off, on its simulator, or live with what its definition parsed. */
  providers: ProvidersConfig;
}

/** A provider's live configuration, as its definition's parseLive() answers it. */
export type LiveConfigOf<Id extends ProviderId> = Extract<(typeof PROVIDERS)[number], { id: Id }> extends ProviderDefinition<Id, infer Live> ? Live : never;
export type ProvidersConfig = { [Id in ProviderId]: ProviderConfig<LiveConfigOf<Id>> };

export interface OpsConfig {
  /** Providers that must be ready for /ready to answer 200 (default: every enabled provider). */
  readyRequiredProviders: ProviderId[];
  readyCacheMs: number;
  metrics: { enabled: boolean; port: number | null; host: string };
  /** How long SIGTERM waits for in-flight requests before it closes what is left. */
  shutdownTimeoutMs: number;
}

export interface SharedConfig {
  /** REDIS_URL: shared state in Redis; in-process when unset. */
  redisUrl?: string | undefined;
  keyPrefix: string;
  /** Per provider: its upstream budget (<NAME>_RATE_LIMIT per second, <NAME>_RATE_BURST), null = unlimited. */
  rateLimits: Record<ProviderId, RateLimit | null>;
  /** TRUSTED_DOCUMENTS: path of a persisted-documents manifest; only its operations are served. */
  trustedDocuments?: string | undefined;
  /** PERSISTED_QUERIES: automatic persisted queries (Apollo APQ). */
  apq: boolean;
  /** How long shared catalogs are kept, per provider that has one (0 = not cached; see its definition's `catalogTtlMs`). */
  catalogTtlMs: Partial<Record<ProviderId, number>>;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e: ParsedEnv = parsed.data;
  const problems: string[] = [];

  /** Providers on their simulator only because nothing was configured for them (refused in live mode). */
  const implicit: string[] = [];
  const providers = Object.fromEntries(
    PROVIDERS.map((definition) => {
      const NAME = definition.id.toUpperCase();
      const m = modeOf(NAME, e[`${NAME}_MODE`] as ProviderMode | undefined, e[`${NAME}_ENABLED`] as boolean, definition.credentials(e), problems, implicit);
      if (m !== 'live') return [definition.id, { mode: m }];
      const live = (definition as ProviderDefinition).parseLive(e, { problems });
      return [definition.id, live === null ? { mode: 'off' } : { mode: 'live', ...live }];
    }),
  ) as ProvidersConfig;

  const auth = parseAuth(e, problems);
  const enabled = PROVIDER_IDS.filter((id) => providers[id].mode !== 'off');
  let readyRequiredProviders: ProviderId[] = enabled;
  if (e.READY_REQUIRED_PROVIDERS) {
    const names =
      e.READY_REQUIRED_PROVIDERS.toLowerCase() === 'none'
        ? []
        : e.READY_REQUIRED_PROVIDERS.split(',')
            .map((n) => n.trim().toLowerCase())
            .filter(Boolean);
    for (const name of names) {
      if (!isProviderId(name)) problems.push(`READY_REQUIRED_PROVIDERS: ${name} is not a provider (${PROVIDER_IDS.join(', ')}, or none)`);
      else if (!enabled.includes(name)) problems.push(`READY_REQUIRED_PROVIDERS: ${name} is switched off, so it can never be ready`);
    }
    readyRequiredProviders = names.filter(isProviderId);
  }
  if (e.METRICS_PORT != null && e.METRICS_PORT !== 0 && e.METRICS_PORT === e.PORT)
    problems.push('METRICS_PORT: must differ from PORT (leave it unset to serve /metrics on PORT)');
  const mode = Object.values(providers).some((p) => p.mode === 'live') ? 'live' : 'sandbox';
  if (mode === 'live') {
    // Live mode never serves simulator data silently: every provider is live, off, or explicitly on its simulator.
    for (const name of implicit) {
      problems.push(
        `${name}: has no credentials while other providers are live; set its credentials, ${name}_MODE=off to leave it out, or ${name}_MODE=sandbox to serve its simulator`,
      );
    }
    const demo = auth.apiKeys.find((k) => k.sha256 === DEMO_API_KEY_SHA256);
    if (demo) problems.push(`AUTH_API_KEYS: the key "${demo.name}" is the demo key published in the README; it works only in the sandbox`);
  }
  const corsOrigins = parseCors(e.CORS_ORIGINS, e.CORS_CREDENTIALS, mode, problems);
  const shared = parseShared(e, providers, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  return {
    port: e.PORT,
    host: e.HOST,
    graphiql: e.GRAPHIQL ?? mode === 'sandbox',
    mode,
    introspection: e.INTROSPECTION ?? mode === 'sandbox',
    csrfPrevention: e.CSRF_PREVENTION,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (mode === 'live' ? 'json' : 'pretty'),
    tracing: { endpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT ?? null, serviceName: e.OTEL_SERVICE_NAME ?? 'idgraph', propagateUpstream: e.OTEL_PROPAGATE_UPSTREAM },
    auth,
    allowUnauthenticated: e.IDGRAPH_ALLOW_UNAUTHENTICATED,
    limits: {
      maxDepth: e.QUERY_MAX_DEPTH,
      maxCost: e.QUERY_MAX_COST,
      maxAliases: e.QUERY_MAX_ALIASES,
      maxTokens: e.QUERY_MAX_TOKENS,
      maxDirectives: e.QUERY_MAX_DIRECTIVES,
      maxListLength: e.MAX_LIST_ARGUMENT,
    },
    corsOrigins,
    corsCredentials: e.CORS_CREDENTIALS,
    maxBodyBytes: e.REQUEST_MAX_BODY_BYTES,
    http: {
      timeoutMs: e.HTTP_TIMEOUT_MS,
      maxConcurrent: e.HTTP_MAX_CONCURRENCY,
      maxAttempts: e.HTTP_MAX_ATTEMPTS,
      maxRetryDelayMs: e.HTTP_MAX_RETRY_DELAY_MS,
      circuitFailureThreshold: e.CIRCUIT_FAILURE_THRESHOLD,
      circuitCoolDownMs: e.CIRCUIT_COOLDOWN_MS,
      slotWaitMs: e.HTTP_SLOT_WAIT_MS,
      maxBodyBytes: e.HTTP_MAX_BODY_BYTES,
      debugLog: e.LOG_LEVEL === 'debug' ? (message: string) => console.debug(`[idgraph] ${message}`) : undefined,
    },
    upstream: { deadlineMs: e.REQUEST_DEADLINE_MS, callBudget: e.UPSTREAM_CALL_BUDGET },
    sandboxLatencyMs: e.SANDBOX_LATENCY_MS,
    ops: {
      readyRequiredProviders,
      readyCacheMs: e.READY_CACHE_MS,
      metrics: { enabled: e.METRICS_ENABLED, port: e.METRICS_PORT ?? null, host: e.METRICS_HOST ?? e.HOST },
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
    sandboxPorts: Object.fromEntries(
      PROVIDER_IDS.map(
        (id, index) =>
          [
            id,
            (e[`${id.toUpperCase()}_SANDBOX_PORT`] as number | undefined) ?? (e.SANDBOX_PORT_BASE != null ? e.SANDBOX_PORT_BASE + index : undefined),
          ] as const,
      ).filter(([, port]) => port != null),
    ),
    cursorSecret: e.CURSOR_SECRET,
    shared,
    providers,
    audit: {
      enabled: e.AUDIT_ENABLED,
      databaseUrl: e.DATABASE_URL ?? null,
      dataDir: e.AUDIT_DATA_DIR ?? './.idgraph/audit',
      retentionDays: e.AUDIT_RETENTION_DAYS ?? null,
      store: e.AUDIT_STORE ?? null,
    },
  };
}

/** Issue 16: Redis, upstream budgets and trusted documents. Replicas sharing Redis must share the cursor secret. */
function parseShared(e: ParsedEnv, providers: Config['providers'], problems: string[]): SharedConfig {
  if (e.REDIS_URL && !e.CURSOR_SECRET) {
    problems.push(
      'CURSOR_SECRET: required with REDIS_URL, so a cursor or id issued by one replica is accepted by every other (the same value on every replica, at least 32 characters)',
    );
  } else if (e.REDIS_URL && e.CURSOR_SECRET && e.CURSOR_SECRET.length < 32) {
    problems.push('CURSOR_SECRET: at least 32 characters when replicas share it (REDIS_URL is set)');
  }
  if (e.TRUSTED_DOCUMENTS && e.PERSISTED_QUERIES) {
    problems.push(
      'PERSISTED_QUERIES: cannot be combined with TRUSTED_DOCUMENTS (the manifest already answers persisted-query hashes; registering new ones would bypass it)',
    );
  }
  const limit = (definition: (typeof PROVIDERS)[number]): RateLimit | null => {
    const name = definition.id;
    const rate = e[`${name.toUpperCase()}_RATE_LIMIT`] as number | undefined;
    const burst = e[`${name.toUpperCase()}_RATE_BURST`] as number | undefined;
    const fallback = providers[name].mode === 'live' ? definition.rateLimit : null;
    if (rate === 0) return null;
    if (rate === undefined) {
      if (burst !== undefined && !fallback)
        problems.push(`${name.toUpperCase()}_RATE_BURST: set ${name.toUpperCase()}_RATE_LIMIT too (calls per second; a simulator has no default budget)`);
      return fallback && burst !== undefined ? { ...fallback, burst } : fallback;
    }
    return { ratePerSecond: rate, burst: burst ?? Math.max(1, Math.ceil(rate)) };
  };
  return {
    redisUrl: e.REDIS_URL,
    keyPrefix: e.REDIS_KEY_PREFIX,
    rateLimits: Object.fromEntries(PROVIDERS.map((p) => [p.id, limit(p)])) as Record<ProviderId, RateLimit | null>,
    trustedDocuments: e.TRUSTED_DOCUMENTS,
    apq: e.PERSISTED_QUERIES,
    catalogTtlMs: Object.fromEntries(
      PROVIDERS.flatMap((p) =>
        p.catalogTtlMs === undefined
          ? []
          : [[p.id, (e[`${p.id.toUpperCase()}_CATALOG_TTL_MS`] as number | undefined) ?? (providers[p.id].mode === 'live' ? p.catalogTtlMs : 0)]],
      ),
    ),
  };
}

type ProviderMode = 'live' | 'sandbox' | 'off';

/**
 * How one provider runs: its <NAME>_MODE when set (checked against its credentials), off when
 * <NAME>_ENABLED=false, live when any credential is set; otherwise on its simulator, noted in
 * `implicit` (which live mode refuses).
 */
function modeOf(
  name: string,
  mode: ProviderMode | undefined,
  enabled: boolean,
  credentials: Record<string, string | undefined>,
  problems: string[],
  implicit: string[],
): ProviderMode {
  const set = Object.keys(credentials).filter((k) => credentials[k]);
  if (!enabled) {
    if (mode && mode !== 'off') problems.push(`${name}_MODE: ${mode} contradicts ${name}_ENABLED=false`);
    return 'off';
  }
  if (mode === 'off') return 'off';
  if (mode === 'sandbox') {
    if (set.length > 0)
      problems.push(`${name}_MODE: sandbox, but ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set too; remove them or set ${name}_MODE=live`);
    return 'sandbox';
  }
  if (mode === 'live' && set.length === 0) {
    problems.push(`${name}_MODE: live needs its credentials (${Object.keys(credentials).join(', ')})`);
    return 'off';
  }
  if (set.length > 0) return 'live';
  implicit.push(name);
  return 'sandbox';
}

/** SHA-256 of the demo API key the README publishes (`idgraph-sandbox-demo`): refused in live mode. */
export const DEMO_API_KEY_SHA256 = 'ecf835210c9191092fe393d0009494efae41dd3b011037f1f928a6ce9c05f7ff';

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](:\d{1,5})?$/;

/** CORS_ORIGINS: `*` (sandbox only) or a comma-separated list of exact origins; unset = `*` in the sandbox, none in live mode. */
function parseCors(raw: string | undefined, credentials: boolean, mode: 'live' | 'sandbox', problems: string[]): string[] | '*' {
  const origins: string[] | '*' =
    raw === undefined
      ? mode === 'sandbox'
        ? '*'
        : []
      : raw === '*'
        ? '*'
        : raw
            .split(',')
            .map((o) => o.trim().toLowerCase())
            .filter(Boolean);
  if (origins === '*') {
    if (mode === 'live' && raw === '*') problems.push('CORS_ORIGINS: * is allowed only in the sandbox; list the origins of your frontends');
    if (credentials)
      problems.push(raw === '*' ? 'CORS_CREDENTIALS: cannot be combined with CORS_ORIGINS=*' : 'CORS_CREDENTIALS: needs CORS_ORIGINS (a list of origins)');
    return origins;
  }
  for (const origin of origins) {
    if (!ORIGIN.test(origin))
      problems.push(`CORS_ORIGINS: ${JSON.stringify(origin)} is not an origin like https://app.example.com (scheme, host, optional port; no path, no "null")`);
  }
  if (credentials && origins.length === 0) problems.push('CORS_CREDENTIALS: needs CORS_ORIGINS (a list of origins)');
  return origins;
}

const ApiKeys = z.array(
  z.object({
    name: z.string().min(1),
    sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be the hex SHA-256 of the key'),
    scopes: z.array(z.string().refine(isScope, 'is not a known scope')).min(1),
  }),
);

function parseAuth(e: z.infer<typeof EnvSchema>, problems: string[]): AuthConfig {
  const jwtVars = { AUTH_JWT_ISSUER: e.AUTH_JWT_ISSUER, AUTH_JWT_AUDIENCE: e.AUTH_JWT_AUDIENCE, AUTH_JWKS_URL: e.AUTH_JWKS_URL };
  const set = Object.entries(jwtVars).filter(([, v]) => v);
  let jwt: AuthConfig['jwt'] = null;
  if (set.length > 0 && set.length < 3) {
    for (const [name, value] of Object.entries(jwtVars))
      if (!value) problems.push(`${name}: required when the other AUTH_JWT_* / AUTH_JWKS_URL variables are set`);
  } else if (set.length === 3) {
    jwt = {
      issuer: e.AUTH_JWT_ISSUER!,
      audience: e.AUTH_JWT_AUDIENCE!,
      jwksUrl: e.AUTH_JWKS_URL!,
      cooldownMs: e.AUTH_JWKS_COOLDOWN_MS,
      retryMs: e.AUTH_JWKS_RETRY_MS,
      maxAgeS: e.AUTH_JWT_MAX_AGE_S,
    };
  }
  let apiKeys: AuthConfig['apiKeys'] = [];
  if (e.AUTH_API_KEYS) {
    let raw: unknown;
    try {
      raw = JSON.parse(e.AUTH_API_KEYS);
    } catch {
      raw = undefined;
      problems.push('AUTH_API_KEYS: must be JSON: [{"name":"…","sha256":"<hex>","scopes":["users:read"]}]');
    }
    if (raw !== undefined) {
      const parsed = ApiKeys.safeParse(raw);
      if (parsed.success) apiKeys = parsed.data.map((k) => ({ ...k, sha256: k.sha256.toLowerCase() }));
      else problems.push(...parsed.error.issues.map((i) => `AUTH_API_KEYS.${i.path.join('.')}: ${i.message}`));
    }
  }
  return { jwt, apiKeys, required: jwt !== null || apiKeys.length > 0 };
}

/**
 * Whether this configuration may start: live mode needs caller authentication unless
 * IDGRAPH_ALLOW_UNAUTHENTICATED=true. Answers the warning to print loudly when it runs without it.
 */
export function checkCallerAuth(config: Config): { warning: string | null } {
  if (config.auth.required) return { warning: null };
  if (config.mode === 'live' && !config.allowUnauthenticated) {
    throw new ConfigError([
      'live mode needs caller authentication: set AUTH_JWT_ISSUER + AUTH_JWT_AUDIENCE + AUTH_JWKS_URL, or AUTH_API_KEYS (or, knowingly, IDGRAPH_ALLOW_UNAUTHENTICATED=true)',
    ]);
  }
  return {
    warning:
      config.mode === 'live'
        ? 'WARNING: caller authentication is OFF in LIVE mode (IDGRAPH_ALLOW_UNAUTHENTICATED=true): anyone who can reach this port can read, disable and delete users.'
        : 'WARNING: caller authentication is OFF (sandbox mode): every caller has every scope. Set AUTH_API_KEYS or AUTH_JWT_* to require credentials.',
  };
}
