/**
 * A live-mode idgraph, as an operator runs it: the simulators started standalone with
 * credentials of their own (playing the real providers), idgraph configured with their base URLs and
 * those credentials (so no simulator is started in-process), caller authentication on (API keys with
 * named scopes, optionally a JWKS issuer), and every default live mode has (no GraphiQL, no
 * introspection, no CORS origins). `request()` gives raw HTTP access (method, headers, body) through
 * yoga.fetch.
 *
 *   const upstreams = await startUpstreams();            // share them between apps of one file
 *   const app = await createLiveApp({ upstreams, apiKeys: { reader: ['users:read'] }, jwt: true });
 *   await app.gql('{ users(first: 1) { totalCount } }', {}, app.bearer('reader'));
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { YogaLogger } from 'graphql-yoga';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from 'jose';
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { sha256Hex } from '../../src/auth/authenticator.js';
import type { GateStats } from '../../src/auth/http-gate.js';
import { checkCallerAuth, loadConfig, type Config } from '../../src/config.js';
import { startProviders, type Runtime, type Sandboxes } from '../../src/providers/index.js';
import { PROVIDER_IDS, PROVIDERS, type ProviderId } from '../../src/providers/known.js';
import type { TypedDocument } from './app.js';

/** The standalone simulators by provider (each definition's `test.liveUpstream`). */
export type Upstreams = Sandboxes & {
  /** The provider variables pointing idgraph at them (the others are `<NAME>_MODE=off`). */
  env: Record<string, string>;
  close(): Promise<void>;
};

/** Starts the simulators of `providers` on loopback ports, each with credentials that are not the sandbox defaults. */
export async function startUpstreams(providers: readonly ProviderId[] = PROVIDER_IDS): Promise<Upstreams> {
  const env: Record<string, string> = {};
  const instances: Record<string, unknown> = {};
  const started = await Promise.all(
    PROVIDERS.filter((p) => providers.includes(p.id)).map(async (p) => {
      const upstream = await p.test.liveUpstream();
      instances[p.id] = upstream.instance;
      return upstream;
    }),
  );
  for (const id of PROVIDER_IDS) if (!providers.includes(id)) env[`${id.toUpperCase()}_MODE`] = 'off';
  for (const upstream of started) Object.assign(env, upstream.env);
  return {
    ...(instances as Sandboxes),
    env,
    close: async () => {
      await Promise.all(started.map((u) => u.stop()));
    },
  };
}

/** A JWKS issuer on a loopback port: RS256 keys, a `down` switch (answers 503), and a count of fetches. */
export interface JwksIssuer {
  /** The issuer (`iss`), with a trailing slash; the JWKS is at `${url}jwks.json`. */
  url: string;
  audience: string;
  fetches: number;
  down: boolean;
  /** Signs a token with the current key: iss, aud, sub, iat = now and exp = now + 5 min unless overridden (null leaves a claim out). */
  sign(claims?: Record<string, unknown>, options?: { iat?: number | null; exp?: number | null }): Promise<string>;
  close(): Promise<void>;
}

export async function startJwksIssuer(audience = 'idgraph'): Promise<JwksIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'live-1', alg: 'RS256', use: 'sig' };
  const state = { fetches: 0, down: false };
  const server: Server = createServer((_req, res) => {
    state.fetches += 1;
    if (state.down) {
      res.writeHead(503, { 'content-type': 'text/plain' });
      res.end('down');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const key: CryptoKey = privateKey;
  return {
    url,
    audience,
    get fetches() {
      return state.fetches;
    },
    set fetches(n: number) {
      state.fetches = n;
    },
    get down() {
      return state.down;
    },
    set down(d: boolean) {
      state.down = d;
    },
    async sign(claims = {}, options = {}) {
      const now = Math.floor(Date.now() / 1000);
      const body: Record<string, unknown> = { iss: url, aud: audience, sub: 'svc-live', ...claims };
      const iat = options.iat === undefined ? now : options.iat;
      const exp = options.exp === undefined ? now + 300 : options.exp;
      if (iat !== null) body.iat = iat;
      if (exp !== null) body.exp = exp;
      return new SignJWT(body).setProtectedHeader({ alg: 'RS256', kid: jwk.kid! }).sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = any>(): T;
}

export interface LiveGqlResponse<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: { message: string; extensions?: Record<string, any> }[];
}

export interface LiveApp {
  config: Config;
  runtime: Runtime;
  upstreams: Upstreams;
  issuer: JwksIssuer | null;
  stats: GateStats;
  /** The API key of each name given in `apiKeys`. */
  keys: Record<string, string>;
  bearer(name: string): Record<string, string>;
  /** Raw HTTP through yoga.fetch: any method, headers and body (string or stream); path defaults to /graphql. */
  request(init?: { method?: string; path?: string; headers?: Record<string, string>; body?: BodyInit | null }): Promise<RawResponse>;
  /** A JSON POST of one operation with the given headers. */
  gql<T = unknown>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<LiveGqlResponse<T>>;
  /** The same with a typed document of test/gql/ (`graphql(…)`): result and variables types inferred. */
  gql<R, V>(query: TypedDocument<R, V>, variables?: V, headers?: Record<string, string>): Promise<LiveGqlResponse<R>>;
  close(): Promise<void>;
}

export interface LiveAppOptions {
  /** Simulators to point at (shared); started (and closed with the app) when omitted. */
  upstreams?: Upstreams;
  /** API keys by name with their scopes; each key is `${name}-live-key-0123456789`. */
  apiKeys?: Record<string, string[]>;
  /** true starts a JWKS issuer for this app; or pass one. */
  jwt?: boolean | JwksIssuer;
  /** More environment variables (they win). */
  env?: Record<string, string>;
  /** Receives yoga's log lines (default: silent). */
  logger?: YogaLogger;
}

export async function createLiveApp(options: LiveAppOptions = {}): Promise<LiveApp> {
  const ownUpstreams = !options.upstreams;
  const upstreams = options.upstreams ?? (await startUpstreams());
  const ownIssuer = options.jwt === true;
  const issuer = options.jwt === true ? await startJwksIssuer() : options.jwt || null;
  const keys: Record<string, string> = {};
  const apiKeys = Object.entries(options.apiKeys ?? { admin: ['admin'] }).map(([name, scopes]) => {
    keys[name] = `${name}-live-key-0123456789`;
    return { name, sha256: sha256Hex(keys[name]!), scopes };
  });
  const env: Record<string, string> = {
    LOG_LEVEL: 'silent',
    HTTP_MAX_RETRY_DELAY_MS: '2000',
    // The upstreams are simulators reached as live providers: no default upstream budget (issue 16), no catalog cache.
    ...Object.fromEntries(
      PROVIDERS.flatMap((p) => [
        [`${p.id.toUpperCase()}_RATE_LIMIT`, '0'],
        ...(p.catalogTtlMs !== undefined ? [[`${p.id.toUpperCase()}_CATALOG_TTL_MS`, '0']] : []),
      ]),
    ),
    AUDIT_ENABLED: 'false',
    ...upstreams.env,
    ...(apiKeys.length > 0 ? { AUTH_API_KEYS: JSON.stringify(apiKeys) } : {}),
    ...(issuer ? { AUTH_JWT_ISSUER: issuer.url, AUTH_JWT_AUDIENCE: issuer.audience, AUTH_JWKS_URL: `${issuer.url}jwks.json` } : {}),
    ...options.env,
  };
  const config = loadConfig(env);
  checkCallerAuth(config);
  const runtime = await startProviders(config);
  const stats: GateStats = { refusedCallers: 0, clientErrors: 0 };
  const yoga = createApp({ ...appOptionsFromConfig(config, runtime.providers), stats, ...(options.logger ? { logger: options.logger } : {}) });
  const request: LiveApp['request'] = async (init = {}) => {
    const hasBody = init.body !== undefined && init.body !== null;
    const response = await yoga.fetch(`http://idgraph.test${init.path ?? '/graphql'}`, {
      method: init.method ?? (hasBody ? 'POST' : 'GET'),
      headers: init.headers ?? {},
      ...(hasBody ? { body: init.body, duplex: 'half' } : {}),
    } as RequestInit);
    const text = await response.text();
    return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
  };
  return {
    config,
    runtime,
    upstreams,
    issuer,
    stats,
    keys,
    bearer: (name) => ({ authorization: `Bearer ${keys[name]}` }),
    request,
    async gql(query: string | TypedDocument<unknown, unknown>, variables?: unknown, headers: Record<string, string> = {}) {
      const r = await request({
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      return { status: r.status, headers: r.headers, ...(r.json() as object) };
    },
    async close() {
      await runtime.close();
      if (ownUpstreams) await upstreams.close();
      if (ownIssuer) await issuer!.close();
    },
  };
}
