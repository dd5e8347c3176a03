/**
 * The Authress simulator: users (list with limit/cursor/filter/tenantId, get, asynchronous delete)
 * and tenants (list, get, link user) at Authress's paths, answering `application/links+json`.
 * Requests must carry a service-client JWT signed with the sandbox access key (EdDSA, verified with
 * its public key: bad signature, wrong audience or issuer, expired → 401). Errors are
 * `{ errorCode, title }` (title is what the SDK reads; errorCode is a GUESS, see README.md).
 * Continuation cursors are opaque, signed, bound to their query and expire. The data and its
 * invariants are in sandbox-store.ts; this file is the HTTP side.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { jwtVerify, decodeProtectedHeader, exportJWK } from 'jose';
import { z } from 'zod';
import {
  bearerToken,
  isJsonRequest,
  pageAfter,
  queryDigest,
  RateLimiter,
  SignedCursors,
  SimServer,
  validate,
  type SimRequest,
  type SimResponse,
} from '../../sandbox/kit/index.js';
import { audienceFor, formatAccessKey, type AuthressAccessKey } from './auth.js';
import { AuthressStore, type StoredTenant, type StoredUser } from './sandbox-store.js';
import {
  FILTER_MAX,
  TENANT_ID_MAX,
  TENANT_ID_PATTERN,
  USERS_LIMIT_MAX,
  type ErrorBody,
  type Tenant,
  type TenantCollection,
  type UserIdentity,
  type UserIdentityCollection,
} from './wire.js';

export { AUTHRESS_TENANT_IDS } from './sandbox-store.js';

export interface AuthressSandboxOptions {
  users?: number;
  seed?: number;
  /** How long after the 202 a deleted user disappears. */
  deleteDelayMs?: number;
  cursorTtlMs?: number;
}

/** PKCS#8 DER prefix of an Ed25519 private key; the 32-byte seed follows. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A fixed Ed25519 key pair, so the sandbox access key is the same on every start. */
export function sandboxKeyPair(seed = 'idgraph-authress-sandbox'): { privateKeyBase64: string; privateKey: KeyObject; publicKey: KeyObject } {
  const der = Buffer.concat([ED25519_PKCS8_PREFIX, createHash('sha256').update(seed).digest()]);
  const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  return { privateKeyBase64: der.toString('base64'), privateKey, publicKey: createPublicKey(privateKey) };
}

export const AUTHRESS_SANDBOX_IDS = { clientId: 'sc_idgraph_sandbox', keyId: 'sandbox-key-1', accountId: 'acc-idgraph-sandbox' } as const;

const CURSOR_ERRORS = {
  invalid: 'The cursor is invalid.',
  'other-query': 'The cursor does not belong to this query.',
  expired: 'The cursor has expired, start the query again.',
} as const;

/** TenantUser, the body of PATCH /v1/tenants/{tenantId}/users. */
const TenantUserBody = z.object({ userId: z.string().min(1) });

export class AuthressSandbox extends AuthressStore {
  readonly server: SimServer;
  readonly accessKey: AuthressAccessKey;
  readonly publicKey: KeyObject;
  deleteDelayMs: number;
  cursorTtlMs: number;
  /**
   * Tenants per page of GET /v1/tenants ("Returns a paginated tenants list"; the page size is not
   * documented, GUESS). 5 by default, so the 8 seeded tenants come in two pages.
   */
  tenantsPageSize = 5;
  /** Answer `links.self: null` on collections (Link is `nullable: true` in AU-OAS). */
  nullSelfLinks = false;
  /** Each route's calls per rolling second. */
  private readonly limiter = new RateLimiter('rolling');
  private readonly cursors = new SignedCursors();
  /**
   * Tokens already verified (signature, audience, issuer, subject, client), with their `exp` in
   * seconds: each token's EdDSA signature is checked once, not on every call (that check was a
   * quarter of the simulators' CPU under load). Another or altered token is another key and is
   * verified in full; expiry is checked on every use, as before.
   */
  private readonly verified = new Map<string, number | null>();

  constructor(options: AuthressSandboxOptions = {}) {
    super(options);
    const keys = sandboxKeyPair();
    this.accessKey = { ...AUTHRESS_SANDBOX_IDS, privateKeyBase64: keys.privateKeyBase64 };
    this.publicKey = keys.publicKey;
    this.deleteDelayMs = options.deleteDelayMs ?? 50;
    this.cursorTtlMs = options.cursorTtlMs ?? 60 * 60 * 1000;
    this.server = new SimServer('authress', (status, message) => ({ errorCode: errorCodeFor(status), title: message }) satisfies z.input<typeof ErrorBody>);
    this.routes();
  }

  /** Requests per second allowed on each route before 429 (Authress tiers); null = unlimited. */
  get rateLimitPerSecond(): number | null {
    return this.limiter.perSecond;
  }

  set rateLimitPerSecond(value: number | null) {
    this.limiter.perSecond = value;
  }

  /** The access key string as Authress shows it: `{clientId}.{keyId}.{accountId}.{privateKey}`. */
  get accessKeyString(): string {
    return formatAccessKey(this.accessKey);
  }

  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  async stop(): Promise<void> {
    this.cancelPendingDeletes();
    await this.server.stop();
  }

  private error(status: number, errorCode: string, title: string, headers?: Record<string, string>): SimResponse {
    return { status, json: { errorCode, title } satisfies z.input<typeof ErrorBody>, ...(headers ? { headers } : {}) };
  }

  private ok(json: unknown): SimResponse {
    return { status: 200, json, headers: { 'content-type': 'application/links+json' } };
  }

  private async authorize(req: SimRequest): Promise<SimResponse | null> {
    const token = bearerToken(req, { trim: true });
    const unauthorized = (title: string) => this.error(401, 'Unauthorized', title, { 'www-authenticate': 'Bearer' });
    if (!token) return unauthorized('No authorization token was provided.');
    const exp = this.verified.get(token);
    if (exp !== undefined) {
      if (exp === null || exp > Math.floor(Date.now() / 1000)) return null;
      this.verified.delete(token);
      return unauthorized('The access token is invalid or expired.');
    }
    try {
      const protectedHeader = decodeProtectedHeader(token);
      if (protectedHeader.kid !== this.accessKey.keyId) return unauthorized('The token was signed by an unknown key.');
      const { payload } = await jwtVerify(token, this.publicKey, {
        algorithms: ['EdDSA'],
        audience: audienceFor(this.accessKey.accountId),
        subject: this.accessKey.clientId,
        issuer: this.issuers(),
      });
      if (payload.client_id !== undefined && payload.client_id !== this.accessKey.clientId) return unauthorized('The token names another client.');
      if (this.verified.size >= 1_000) this.verified.clear();
      this.verified.set(token, typeof payload.exp === 'number' ? payload.exp : null);
      return null;
    } catch {
      return unauthorized('The access token is invalid or expired.');
    }
  }

  private issuers(): string[] {
    const path = `/v1/clients/${encodeURIComponent(this.accessKey.clientId)}`;
    return [`${this.server.baseUrl}${path}`, `https://${this.accessKey.accountId}.api.authress.io${path}`];
  }

  private rateLimited(route: string): SimResponse | null {
    if (!this.limiter.take(route)) return null;
    // Sent without Retry-After.
    return this.error(429, 'TooManyRequests', 'Rate limit exceeded for this route, slow down and retry.');
  }

  /** The key a cursor continues after (null without one), or the 400 answer. */
  private after(cursor: string | null, query: string): { after: string | null } | SimResponse {
    if (!cursor) return { after: null };
    const read = this.cursors.read(cursor, query);
    return 'error' in read ? this.error(400, 'InvalidCursor', CURSOR_ERRORS[read.error]) : read;
  }

  private identity(u: StoredUser) {
    return { userId: u.userId, name: u.name, email: u.email, picture: u.picture } satisfies z.input<typeof UserIdentity>;
  }

  private tenantJson(t: StoredTenant) {
    return { ...t } satisfies z.input<typeof Tenant>;
  }

  private routes(): void {
    const s = this.server;
    const authed =
      (route: string, handler: (req: SimRequest) => SimResponse) =>
      async (req: SimRequest): Promise<SimResponse> =>
        (await this.authorize(req)) ?? this.rateLimited(route) ?? handler(req);

    s.route('GET', '/v1/clients/:clientId/.well-known/openid-configuration/jwks', 'jwks', async (req) => {
      if (req.params.clientId !== this.accessKey.clientId) return this.error(404, 'NotFound', 'Client not found.');
      const jwk = await exportJWK(this.publicKey);
      return { status: 200, json: { keys: [{ ...jwk, kid: this.accessKey.keyId, alg: 'EdDSA' }] } };
    });

    s.route(
      'GET',
      '/v1/users',
      'users.list',
      authed('users.list', (req) => {
        const q = req.query;
        const limitRaw = q.get('limit');
        const limit = limitRaw == null || limitRaw === '' ? USERS_LIMIT_MAX : Number(limitRaw);
        if (!Number.isInteger(limit) || limit < 1 || limit > USERS_LIMIT_MAX) {
          return this.error(400, 'InvalidParameter', `limit must be an integer between 1 and ${USERS_LIMIT_MAX}.`);
        }
        const filter = q.get('filter') ?? '';
        if (filter.length > FILTER_MAX) return this.error(400, 'InvalidParameter', `filter must be at most ${FILTER_MAX} characters.`);
        const tenantId = q.get('tenantId');
        if (tenantId != null && (tenantId.length < 1 || tenantId.length > TENANT_ID_MAX || !TENANT_ID_PATTERN.test(tenantId))) {
          return this.error(400, 'InvalidParameter', 'tenantId does not match the required pattern.');
        }
        const query = queryDigest([filter.toLowerCase(), tenantId ?? null], 16);
        const after = this.after(q.get('cursor'), query);
        if ('status' in after) return after;
        const needle = filter.toLowerCase();
        const matches = (u: StoredUser) =>
          (tenantId == null || u.tenantId === tenantId) &&
          (needle === '' || u.userId.toLowerCase().includes(needle) || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle));
        const { items: page, more } = pageAfter(this.users, (u) => u.userId, after.after, limit, matches);
        const self = `${this.server.baseUrl}${req.path}${q.size > 0 ? `?${q.toString()}` : ''}`;
        const selfLink = this.nullSelfLinks ? null : { href: self };
        const users = page.map((u) => this.identity(u));
        if (!more) return this.ok({ users, links: { self: selfLink }, pagination: {} } satisfies z.input<typeof UserIdentityCollection>);
        const next = this.cursors.sign(query, page.at(-1)!.userId, this.cursorTtlMs);
        const nextParams = new URLSearchParams(q);
        nextParams.set('cursor', next);
        return this.ok({
          users,
          links: { self: selfLink, next: { href: `${this.server.baseUrl}${req.path}?${nextParams.toString()}`, rel: 'next' } },
          pagination: { next: { cursor: next } },
        } satisfies z.input<typeof UserIdentityCollection>);
      }),
    );

    s.route(
      'GET',
      '/v1/users/:userId',
      'users.get',
      authed('users.get', (req) => {
        const user = this.user(req.params.userId);
        return user ? this.ok(this.identity(user)) : this.error(404, 'NotFound', 'The user does not exist.');
      }),
    );

    s.route(
      'DELETE',
      '/v1/users/:userId',
      'users.delete',
      authed('users.delete', (req) => {
        const userId = req.params.userId ?? '';
        if (!this.user(userId)) return this.error(404, 'NotFound', 'The user does not exist.');
        this.deleteLater(userId, this.deleteDelayMs);
        return { status: 202 };
      }),
    );

    s.route(
      'GET',
      '/v1/tenants',
      'tenants.list',
      authed('tenants.list', (req) => {
        // Paged like every Authress collection: `pagination.next.cursor`, sent back as `?cursor=`.
        const query = 'tenants';
        const after = this.after(req.query.get('cursor'), query);
        if ('status' in after) return after;
        const ordered = [...this.tenants].sort((a, b) => (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0));
        const { items: page, more } = pageAfter(ordered, (t) => t.tenantId, after.after, this.tenantsPageSize);
        const pagination = more ? { next: { cursor: this.cursors.sign(query, page.at(-1)!.tenantId, this.cursorTtlMs) } } : {};
        return this.ok({ tenants: page.map((t) => this.tenantJson(t)), pagination } satisfies z.input<typeof TenantCollection>);
      }),
    );

    s.route(
      'GET',
      '/v1/tenants/:tenantId',
      'tenants.get',
      authed('tenants.get', (req) => {
        const tenant = this.tenant(req.params.tenantId);
        return tenant ? this.ok(this.tenantJson(tenant)) : this.error(404, 'NotFound', 'The tenant does not exist.');
      }),
    );

    s.route(
      'PATCH',
      '/v1/tenants/:tenantId/users',
      'tenants.linkUser',
      authed('tenants.linkUser', (req) => {
        const tenant = this.tenant(req.params.tenantId);
        if (!tenant) return this.error(404, 'NotFound', 'The tenant does not exist.');
        if (!isJsonRequest(req)) return this.error(415, 'UnsupportedMediaType', 'The body must be JSON.');
        const body = validate(TenantUserBody, req.json, () => this.error(400, 'InvalidRequest', 'userId is required.'));
        if (!body.ok) return body.response;
        const user = this.user(body.data.userId);
        if (!user) return this.error(404, 'NotFound', 'The user does not exist.');
        this.link(user, tenant);
        return { status: 204 };
      }),
    );
  }
}

function errorCodeFor(status: number): string {
  if (status === 400) return 'InvalidRequest';
  if (status === 401) return 'Unauthorized';
  if (status === 403) return 'Forbidden';
  if (status === 404) return 'NotFound';
  if (status === 429) return 'TooManyRequests';
  return 'ServiceError';
}
