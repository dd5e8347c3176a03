/**
 * Bearer tokens of a simulator: the OAuth2 client-credentials token endpoint (credentials from HTTP
 * Basic or the form body), expiring tokens, the bearer check, and expiry on demand so a test can
 * see idgraph refresh a token.
 */
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { TokenResponse } from '../../http/oauth.js';
import type { SimRequest, SimResponse, SimServer } from '../server.js';

/**
 * The OAuth2 client credentials of a token request: HTTP Basic (client_secret_basic) when present,
 * otherwise the form body (client_secret_post), unless `basicOnly`. Null parts when the request carries none.
 */
export function clientCredentials(req: SimRequest, options: { basicOnly?: boolean } = {}): { id: string | null; secret: string | null } {
  const header = req.headers.authorization;
  if (header?.startsWith('Basic ')) {
    const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return { id: null, secret: null };
    return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
  }
  if (options.basicOnly) return { id: null, secret: null };
  return { id: req.form.get('client_id'), secret: req.form.get('client_secret') };
}

/** The token of an `Authorization: Bearer …` header; '' when there is none. */
export function bearerToken(req: SimRequest, options: { trim?: boolean } = {}): string {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('Bearer ')) return '';
  const token = header.slice(7);
  return options.trim ? token.trim() : token;
}

export type TokenCheck<T> = { ok: true; data: T } | { ok: false; reason: 'missing' | 'unknown' | 'expired' };

/** The tokens a simulator issued, each with its expiry and what it acts for (`T`). */
export class TokenStore<T = undefined> {
  private readonly tokens = new Map<string, { expiresAt: number; data: T }>();
  /** How many tokens were issued (tests count refreshes). */
  issued = 0;

  constructor(private readonly bytes = 24) {}

  issue(ttlSeconds: number, data: T): string {
    const token = randomBytes(this.bytes).toString('base64url');
    this.tokens.set(token, { expiresAt: Date.now() + ttlSeconds * 1000, data });
    this.issued += 1;
    return token;
  }

  check(token: string): TokenCheck<T> {
    if (!token) return { ok: false, reason: 'missing' };
    const entry = this.tokens.get(token);
    if (!entry) return { ok: false, reason: 'unknown' };
    if (entry.expiresAt <= Date.now()) return { ok: false, reason: 'expired' };
    return { ok: true, data: entry.data };
  }

  /** Makes every issued token expired, as if its lifetime had run out. */
  expireAll(): void {
    for (const entry of this.tokens.values()) entry.expiresAt = 0;
  }
}

export interface TokenGrant {
  req: SimRequest;
  clientId: string | null;
  clientSecret: string | null;
  grantType: string | null;
}

export interface TokenEndpointOptions<T> {
  method?: string;
  path: string;
  tokens: TokenStore<T>;
  ttlSeconds: () => number;
  /** Accept client credentials in HTTP Basic only, not in the form body (some providers do). */
  basicOnly?: boolean;
  scope?: string;
  /** Checks the grant in the provider's own order: an error answer (the provider's body), or what the token acts for. */
  grant: (grant: TokenGrant) => SimResponse | { data: T };
  /** Headers added to the success answer before cache-control (e.g. a request id). */
  headers?: () => Record<string, string>;
}

/** Registers the token route (counted as "token") on the server. */
export function tokenEndpoint<T>(server: SimServer, options: TokenEndpointOptions<T>): void {
  server.route(options.method ?? 'POST', options.path, 'token', (req) => {
    const { id, secret } = clientCredentials(req, { basicOnly: options.basicOnly ?? false });
    const checked = options.grant({ req, clientId: id, clientSecret: secret, grantType: req.form.get('grant_type') });
    if ('status' in checked) return checked;
    const ttl = options.ttlSeconds();
    const json = {
      access_token: options.tokens.issue(ttl, checked.data),
      expires_in: ttl,
      token_type: 'Bearer',
      ...(options.scope === undefined ? {} : { scope: options.scope }),
    } satisfies z.input<typeof TokenResponse>;
    return { status: 200, json, headers: { ...options.headers?.(), 'cache-control': 'no-store' } };
  });
}
