/**
 * Environment variables, parsed once with zod. A provider without credentials runs in sandbox mode
 * (its simulator, started in-process) unless it is switched off; with credentials it talks to its
 * configured base URL. Every missing or malformed variable is named in one error.
 */
import { z } from 'zod';
import { parseAccessKey, type AuthressAccessKey } from './providers/authress/auth.js';
import type { AuthConfig } from './auth/authenticator.js';
import { isScope } from './auth/viewer.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim()));

const EnvSchema = z.object({
  PORT: int(0, 65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  GRAPHIQL: bool.optional(),
  CORS_ORIGINS: optionalText,
  HTTP_TIMEOUT_MS: int(100, 120_000).default(10_000),
  HTTP_MAX_CONCURRENCY: int(1, 256).default(16),
  HTTP_MAX_ATTEMPTS: int(1, 10).default(3),
  HTTP_MAX_RETRY_DELAY_MS: int(0, 60_000).default(5_000),
  CIRCUIT_FAILURE_THRESHOLD: int(1, 1000).default(5),
  CIRCUIT_COOLDOWN_MS: int(0, 600_000).default(10_000),
  QUERY_MAX_DEPTH: int(1, 100).default(12),
  QUERY_MAX_COST: int(1, 10_000_000).default(10_000),
  QUERY_MAX_ALIASES: int(0, 10_000).default(30),
  QUERY_MAX_TOKENS: int(10, 1_000_000).default(3_000),
  INTROSPECTION: bool.optional(),
  CSRF_PREVENTION: bool.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  AUTH_JWT_ISSUER: optionalText,
  AUTH_JWT_AUDIENCE: optionalText,
  AUTH_JWKS_URL: optionalText.pipe(z.url().optional()),
  AUTH_JWKS_COOLDOWN_MS: int(0, 3_600_000).default(30_000),
  AUTH_API_KEYS: optionalText,
  IDGRAPH_ALLOW_UNAUTHENTICATED: bool.default(false),
  SANDBOX_LATENCY_MS: int(0, 60_000).default(0),
  SANDBOX_PORT_BASE: int(1, 65532).optional(),
  APALEO_SANDBOX_PORT: int(1, 65535).optional(),
  AUTHRESS_SANDBOX_PORT: int(1, 65535).optional(),
  LOGTO_SANDBOX_PORT: int(1, 65535).optional(),
  LUMAPPS_SANDBOX_PORT: int(1, 65535).optional(),
  CURSOR_SECRET: optionalText,
  APALEO_ENABLED: bool.default(true),
  APALEO_BASE_URL: z.url().default('https://identity.apaleo.com'),
  APALEO_CLIENT_ID: optionalText,
  APALEO_CLIENT_SECRET: optionalText,
  APALEO_SCOPE: optionalText,
  AUTHRESS_ENABLED: bool.default(true),
  AUTHRESS_BASE_URL: optionalText.pipe(z.url().optional()),
  AUTHRESS_ACCESS_KEY: optionalText,
  LUMAPPS_ENABLED: bool.default(true),
  LUMAPPS_BASE_URL: z.url().default('https://go-cell-001.api.lumapps.com'),
  LUMAPPS_CUSTOMER_ID: optionalText,
  LUMAPPS_CLIENT_ID: optionalText,
  LUMAPPS_CLIENT_SECRET: optionalText,
  LUMAPPS_USER_EMAIL: optionalText,
  LUMAPPS_TOKEN: optionalText,
  LOGTO_ENABLED: bool.default(true),
  LOGTO_BASE_URL: z.url().optional(),
  LOGTO_APP_ID: optionalText,
  LOGTO_APP_SECRET: optionalText,
  LOGTO_RESOURCE: z.url().default('https://default.logto.app/api'),
});

export type ProviderConfig<Live> = { mode: 'off' } | { mode: 'sandbox' } | ({ mode: 'live' } & Live);

export interface HttpConfig {
  timeoutMs: number;
  maxConcurrent: number;
  maxAttempts: number;
  maxRetryDelayMs: number;
  circuitFailureThreshold: number;
  circuitCoolDownMs: number;
}

export interface Config {
  port: number;
  host: string;
  graphiql: boolean;
  /** '*' allows any origin; an empty list allows none. */
  corsOrigins: string[] | '*';
  http: HttpConfig;
  /** 'live' when any provider is live; 'sandbox' when every enabled provider is a simulator. */
  mode: 'live' | 'sandbox';
  introspection: boolean;
  csrfPrevention: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  auth: AuthConfig;
  /** IDGRAPH_ALLOW_UNAUTHENTICATED: the explicit switch that lets live mode run without caller authentication. */
  allowUnauthenticated: boolean;
  limits: { maxDepth: number; maxCost: number; maxAliases: number; maxTokens: number };
  sandboxLatencyMs: number;
  /** Fixed simulator ports (<PROVIDER>_SANDBOX_PORT, else SANDBOX_PORT_BASE + enum position); unset = random. */
  sandboxPorts: Partial<Record<'apaleo' | 'authress' | 'logto' | 'lumapps', number>>;
  /** Signs connection cursors; random per process when unset. */
  cursorSecret?: string | undefined;
  providers: {
    apaleo: ProviderConfig<{ baseUrl: string; clientId: string; clientSecret: string; scope?: string | undefined }>;
    authress: ProviderConfig<{ baseUrl: string; accessKey: AuthressAccessKey }>;
    lumapps: ProviderConfig<
      { baseUrl: string } & (
        | { auth: 'application'; customerId: string; clientId: string; clientSecret: string; userEmail: string }
        | { auth: 'static'; token: string }
      )
    >;
    logto: ProviderConfig<{ baseUrl: string; appId: string; appSecret: string; resource: string }>;
  };
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
  const e = parsed.data;
  const problems: string[] = [];

  const apaleo: Config['providers']['apaleo'] = (() => {
    if (!e.APALEO_ENABLED) return { mode: 'off' };
    if (!e.APALEO_CLIENT_ID && !e.APALEO_CLIENT_SECRET) return { mode: 'sandbox' };
    if (!e.APALEO_CLIENT_ID || !e.APALEO_CLIENT_SECRET) {
      problems.push(`${e.APALEO_CLIENT_ID ? 'APALEO_CLIENT_SECRET' : 'APALEO_CLIENT_ID'}: required when the other Apaleo credential is set`);
      return { mode: 'off' };
    }
    return { mode: 'live', baseUrl: e.APALEO_BASE_URL, clientId: e.APALEO_CLIENT_ID, clientSecret: e.APALEO_CLIENT_SECRET, scope: e.APALEO_SCOPE };
  })();

  const authress: Config['providers']['authress'] = (() => {
    if (!e.AUTHRESS_ENABLED) return { mode: 'off' };
    if (!e.AUTHRESS_ACCESS_KEY && !e.AUTHRESS_BASE_URL) return { mode: 'sandbox' };
    if (!e.AUTHRESS_ACCESS_KEY || !e.AUTHRESS_BASE_URL) {
      problems.push(`${e.AUTHRESS_ACCESS_KEY ? 'AUTHRESS_BASE_URL' : 'AUTHRESS_ACCESS_KEY'}: required when the other Authress setting is set`);
      return { mode: 'off' };
    }
    try {
      return { mode: 'live', baseUrl: e.AUTHRESS_BASE_URL, accessKey: parseAccessKey(e.AUTHRESS_ACCESS_KEY) };
    } catch (error) {
      problems.push(`AUTHRESS_ACCESS_KEY: ${error instanceof Error ? error.message : 'is not a service-client access key'}`);
      return { mode: 'off' };
    }
  })();

  const lumapps: Config['providers']['lumapps'] = (() => {
    if (!e.LUMAPPS_ENABLED) return { mode: 'off' };
    const app = {
      LUMAPPS_CUSTOMER_ID: e.LUMAPPS_CUSTOMER_ID,
      LUMAPPS_CLIENT_ID: e.LUMAPPS_CLIENT_ID,
      LUMAPPS_CLIENT_SECRET: e.LUMAPPS_CLIENT_SECRET,
      LUMAPPS_USER_EMAIL: e.LUMAPPS_USER_EMAIL,
    };
    const set = Object.entries(app).filter(([, v]) => v);
    if (e.LUMAPPS_TOKEN) {
      if (set.length > 0) {
        problems.push(`LUMAPPS_TOKEN: cannot be combined with ${set.map(([k]) => k).join(', ')}; use a static token or an application`);
        return { mode: 'off' };
      }
      return { mode: 'live', baseUrl: e.LUMAPPS_BASE_URL, auth: 'static', token: e.LUMAPPS_TOKEN };
    }
    if (set.length === 0) return { mode: 'sandbox' };
    const missing = Object.entries(app).filter(([, v]) => !v);
    if (missing.length > 0) {
      for (const [name] of missing) problems.push(`${name}: required when another LumApps application credential is set (or set LUMAPPS_TOKEN alone)`);
      return { mode: 'off' };
    }
    if (!z.email().safeParse(e.LUMAPPS_USER_EMAIL).success) {
      problems.push('LUMAPPS_USER_EMAIL: must be an email address');
      return { mode: 'off' };
    }
    return {
      mode: 'live',
      baseUrl: e.LUMAPPS_BASE_URL,
      auth: 'application',
      customerId: app.LUMAPPS_CUSTOMER_ID!,
      clientId: app.LUMAPPS_CLIENT_ID!,
      clientSecret: app.LUMAPPS_CLIENT_SECRET!,
      userEmail: app.LUMAPPS_USER_EMAIL!,
    };
  })();

  const logto: Config['providers']['logto'] = (() => {
    if (!e.LOGTO_ENABLED) return { mode: 'off' };
    if (!e.LOGTO_APP_ID && !e.LOGTO_APP_SECRET) return { mode: 'sandbox' };
    if (!e.LOGTO_APP_ID || !e.LOGTO_APP_SECRET) {
      problems.push(`${e.LOGTO_APP_ID ? 'LOGTO_APP_SECRET' : 'LOGTO_APP_ID'}: required when the other Logto credential is set`);
      return { mode: 'off' };
    }
    if (!e.LOGTO_BASE_URL) {
      problems.push('LOGTO_BASE_URL: required with LOGTO_APP_ID and LOGTO_APP_SECRET (your Logto endpoint, e.g. https://{tenant}.logto.app)');
      return { mode: 'off' };
    }
    return { mode: 'live', baseUrl: e.LOGTO_BASE_URL, appId: e.LOGTO_APP_ID, appSecret: e.LOGTO_APP_SECRET, resource: e.LOGTO_RESOURCE };
  })();

  const auth = parseAuth(e, problems);
  if (problems.length > 0) throw new ConfigError(problems);
  const providers = { apaleo, authress, lumapps, logto };
  const anySandbox = Object.values(providers).some((p) => p.mode === 'sandbox');
  const mode = Object.values(providers).some((p) => p.mode === 'live') ? 'live' : 'sandbox';
  const cors = e.CORS_ORIGINS;
  return {
    port: e.PORT,
    host: e.HOST,
    graphiql: e.GRAPHIQL ?? mode === 'sandbox',
    mode,
    introspection: e.INTROSPECTION ?? mode === 'sandbox',
    csrfPrevention: e.CSRF_PREVENTION,
    logLevel: e.LOG_LEVEL,
    auth,
    allowUnauthenticated: e.IDGRAPH_ALLOW_UNAUTHENTICATED,
    limits: { maxDepth: e.QUERY_MAX_DEPTH, maxCost: e.QUERY_MAX_COST, maxAliases: e.QUERY_MAX_ALIASES, maxTokens: e.QUERY_MAX_TOKENS },
    corsOrigins: cors === '*' ? '*' : cors ? cors.split(',').map((o) => o.trim()) : anySandbox ? '*' : [],
    http: {
      timeoutMs: e.HTTP_TIMEOUT_MS,
      maxConcurrent: e.HTTP_MAX_CONCURRENCY,
      maxAttempts: e.HTTP_MAX_ATTEMPTS,
      maxRetryDelayMs: e.HTTP_MAX_RETRY_DELAY_MS,
      circuitFailureThreshold: e.CIRCUIT_FAILURE_THRESHOLD,
      circuitCoolDownMs: e.CIRCUIT_COOLDOWN_MS,
    },
    sandboxLatencyMs: e.SANDBOX_LATENCY_MS,
    sandboxPorts: Object.fromEntries(
      (['apaleo', 'authress', 'logto', 'lumapps'] as const)
        .map((id, index) => [id, e[`${id.toUpperCase() as Uppercase<typeof id>}_SANDBOX_PORT`] ?? (e.SANDBOX_PORT_BASE != null ? e.SANDBOX_PORT_BASE + index : undefined)] as const)
        .filter(([, port]) => port != null),
    ),
    cursorSecret: e.CURSOR_SECRET,
    providers,
  };
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
    for (const [name, value] of Object.entries(jwtVars)) if (!value) problems.push(`${name}: required when the other AUTH_JWT_* / AUTH_JWKS_URL variables are set`);
  } else if (set.length === 3) {
    jwt = { issuer: e.AUTH_JWT_ISSUER!, audience: e.AUTH_JWT_AUDIENCE!, jwksUrl: e.AUTH_JWKS_URL!, cooldownMs: e.AUTH_JWKS_COOLDOWN_MS };
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
