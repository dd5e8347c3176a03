/**
 * The Authress simulator: users (list with limit/cursor/filter/tenantId, get, asynchronous delete)
 * and tenants (list, get, link user) at Authress's paths, answering `application/links+json`.
 * Requests must carry a service-client JWT signed with the sandbox access key (EdDSA, verified with
 * its public key: bad signature, wrong audience or issuer, expired → 401). Errors are
 * `{ errorCode, title }` (title is what the SDK reads; errorCode is a GUESS, see README.md).
 * Continuation cursors are opaque, signed, bound to their query and expire.
 */
import { createHash, createHmac, createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { jwtVerify, decodeProtectedHeader, exportJWK } from 'jose';
import { SHARED_PEOPLE, storedEmail } from '../../sandbox/people.js';
import { FIRST_NAMES, LAST_NAMES, SimServer, seededRandom, seededUuid, type SimRequest, type SimResponse } from '../../sandbox/server.js';
import { audienceFor, formatAccessKey, type AuthressAccessKey } from './auth.js';
import { FILTER_MAX, TENANT_ID_MAX, TENANT_ID_PATTERN, USERS_LIMIT_MAX } from './wire.js';

export interface AuthressSandboxOptions {
  users?: number;
  seed?: number;
  /** How long after the 202 a deleted user disappears. */
  deleteDelayMs?: number;
  cursorTtlMs?: number;
}

interface StoredUser {
  userId: string;
  name: string;
  email: string;
  picture: string;
  tenantId: string | null;
}

interface StoredTenant {
  tenantId: string;
  tenantLookupIdentifier: string;
  data: { name: string };
  domains: { domain: string }[];
  connection?: { connectionId: string };
  createdTime: string;
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

const TENANT_NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell'] as const;
export const AUTHRESS_TENANT_IDS = TENANT_NAMES.map((n) => `tenant-${n.toLowerCase()}`);
const IDPS = ['google-oauth2', 'oauth2', 'github', 'samlp'] as const;

export class AuthressSandbox {
  readonly server: SimServer;
  readonly users: StoredUser[] = [];
  readonly tenants: StoredTenant[] = [];
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
  /** Requests per second allowed on each route before 429 (Authress tiers); null = unlimited. */
  rateLimitPerSecond: number | null = null;
  private readonly windows = new Map<string, { start: number; count: number }>();
  private readonly cursorSecret = randomBytes(32);
  private readonly pendingDeletes = new Map<string, NodeJS.Timeout>();

  constructor(options: AuthressSandboxOptions = {}) {
    const keys = sandboxKeyPair();
    this.accessKey = { ...AUTHRESS_SANDBOX_IDS, privateKeyBase64: keys.privateKeyBase64 };
    this.publicKey = keys.publicKey;
    this.deleteDelayMs = options.deleteDelayMs ?? 50;
    this.cursorTtlMs = options.cursorTtlMs ?? 60 * 60 * 1000;
    this.server = new SimServer('authress', (status, message) => ({ errorCode: errorCodeFor(status), title: message }));
    this.seed(options.users ?? 1000, options.seed ?? 11);
    this.routes();
  }

  /** The access key string as Authress shows it: `{clientId}.{keyId}.{accountId}.{privateKey}`. */
  get accessKeyString(): string {
    return formatAccessKey(this.accessKey);
  }

  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  async stop(): Promise<void> {
    for (const timer of this.pendingDeletes.values()) clearTimeout(timer);
    this.pendingDeletes.clear();
    await this.server.stop();
  }

  usersOf(tenantId: string): StoredUser[] {
    return this.users.filter((u) => u.tenantId === tenantId);
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    TENANT_NAMES.forEach((name, i) => {
      const id = AUTHRESS_TENANT_IDS[i]!;
      this.tenants.push({
        tenantId: id,
        tenantLookupIdentifier: name.toLowerCase(),
        data: { name: `${name} Corp` },
        domains: [{ domain: `${name.toLowerCase()}.example.com` }],
        ...(i % 2 === 0 ? { connection: { connectionId: `con_${name.toLowerCase()}` } } : {}),
        createdTime: new Date(Date.UTC(2025, i, 1 + i, 8, 0)).toISOString(),
      });
    });
    const tenantFor = () => (random() < 0.85 ? pick(AUTHRESS_TENANT_IDS) : null);
    const add = (name: string, email: string) => {
      const userId = `${pick(IDPS)}|${seededUuid(random).replace(/-/g, '').slice(0, 20)}`;
      this.users.push({ userId, name, email, picture: `https://avatars.example.com/${encodeURIComponent(userId)}.png`, tenantId: tenantFor() });
    };
    SHARED_PEOPLE.forEach((person, i) => {
      if (person.in.includes('authress')) add(`${person.firstName} ${person.lastName}`, storedEmail(person, 'authress', i));
    });
    // UserIdentity.userId has no maximum length in AU-OAS: one federated id longer than 128 chars.
    this.users.push({
      userId: `samlp|https://login.partner.example.org/adfs/services/trust/${'a1b2c3d4'.repeat(14)}`,
      name: 'Long Identifier',
      email: 'long.identifier@partner.example.org',
      picture: 'https://avatars.example.com/long-identifier.png',
      tenantId: null,
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const first = pick(FIRST_NAMES);
      const last = pick(LAST_NAMES);
      add(`${first} ${last}`, `${first}.${last}.${i}@saas.example.com`.toLowerCase());
    }
    // Cursor paging walks users in userId order.
    this.users.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  }

  private error(status: number, errorCode: string, title: string, headers?: Record<string, string>): SimResponse {
    return { status, json: { errorCode, title }, ...(headers ? { headers } : {}) };
  }

  private ok(json: unknown): SimResponse {
    return { status: 200, json, headers: { 'content-type': 'application/links+json' } };
  }

  private async authorize(req: SimRequest): Promise<SimResponse | null> {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const unauthorized = (title: string) => this.error(401, 'Unauthorized', title, { 'www-authenticate': 'Bearer' });
    if (!token) return unauthorized('No authorization token was provided.');
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
    if (this.rateLimitPerSecond == null) return null;
    const now = Date.now();
    const window = this.windows.get(route);
    if (!window || now - window.start >= 1000) {
      this.windows.set(route, { start: now, count: 1 });
      return null;
    }
    window.count += 1;
    if (window.count <= this.rateLimitPerSecond) return null;
    return this.error(429, 'TooManyRequests', 'Rate limit exceeded for this route, slow down and retry.');
  }

  private signCursor(payload: { q: string; a: string; e: number }): string {
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const mac = createHmac('sha256', this.cursorSecret).update(body).digest('base64url').slice(0, 22);
    return `${body}.${mac}`;
  }

  /** The userId a cursor continues after, or an error title. */
  private readCursor(cursor: string, query: string): { after: string } | { error: string } {
    const [body, mac] = cursor.split('.');
    if (!body || !mac || createHmac('sha256', this.cursorSecret).update(body).digest('base64url').slice(0, 22) !== mac) {
      return { error: 'The cursor is invalid.' };
    }
    let payload: { q?: unknown; a?: unknown; e?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return { error: 'The cursor is invalid.' };
    }
    if (payload.q !== query || typeof payload.a !== 'string') return { error: 'The cursor does not belong to this query.' };
    if (typeof payload.e !== 'number' || payload.e <= Date.now()) return { error: 'The cursor has expired, start the query again.' };
    return { after: payload.a };
  }

  private identity(u: StoredUser) {
    return { userId: u.userId, name: u.name, email: u.email, picture: u.picture };
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
        const query = createHash('sha256').update(JSON.stringify([filter.toLowerCase(), tenantId ?? null])).digest('base64url').slice(0, 16);
        let after: string | null = null;
        const cursor = q.get('cursor');
        if (cursor) {
          const read = this.readCursor(cursor, query);
          if ('error' in read) return this.error(400, 'InvalidCursor', read.error);
          after = read.after;
        }
        const needle = filter.toLowerCase();
        const matches = (u: StoredUser) =>
          (tenantId == null || u.tenantId === tenantId) &&
          (needle === '' || u.userId.toLowerCase().includes(needle) || u.name.toLowerCase().includes(needle) || u.email.toLowerCase().includes(needle));
        const page: StoredUser[] = [];
        let more = false;
        for (const u of this.users) {
          if (after != null && u.userId <= after) continue;
          if (!matches(u)) continue;
          if (page.length === limit) {
            more = true;
            break;
          }
          page.push(u);
        }
        const self = `${this.server.baseUrl}${req.path}${q.size > 0 ? `?${q.toString()}` : ''}`;
        const selfLink = this.nullSelfLinks ? null : { href: self };
        const body: Record<string, unknown> = { users: page.map((u) => this.identity(u)), links: { self: selfLink } };
        if (more) {
          const next = this.signCursor({ q: query, a: page.at(-1)!.userId, e: Date.now() + this.cursorTtlMs });
          const nextParams = new URLSearchParams(q);
          nextParams.set('cursor', next);
          body.pagination = { next: { cursor: next } };
          body.links = { self: selfLink, next: { href: `${this.server.baseUrl}${req.path}?${nextParams.toString()}`, rel: 'next' } };
        } else {
          body.pagination = {};
        }
        return this.ok(body);
      }),
    );

    s.route(
      'GET',
      '/v1/users/:userId',
      'users.get',
      authed('users.get', (req) => {
        const user = this.users.find((u) => u.userId === req.params.userId);
        return user ? this.ok(this.identity(user)) : this.error(404, 'NotFound', 'The user does not exist.');
      }),
    );

    s.route(
      'DELETE',
      '/v1/users/:userId',
      'users.delete',
      authed('users.delete', (req) => {
        const userId = req.params.userId ?? '';
        if (!this.users.some((u) => u.userId === userId)) return this.error(404, 'NotFound', 'The user does not exist.');
        if (!this.pendingDeletes.has(userId)) {
          const timer = setTimeout(() => {
            this.pendingDeletes.delete(userId);
            const index = this.users.findIndex((u) => u.userId === userId);
            if (index >= 0) this.users.splice(index, 1);
          }, this.deleteDelayMs);
          timer.unref();
          this.pendingDeletes.set(userId, timer);
        }
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
        let after: string | null = null;
        const cursor = req.query.get('cursor');
        if (cursor) {
          const read = this.readCursor(cursor, query);
          if ('error' in read) return this.error(400, 'InvalidCursor', read.error);
          after = read.after;
        }
        const ordered = [...this.tenants].sort((a, b) => (a.tenantId < b.tenantId ? -1 : a.tenantId > b.tenantId ? 1 : 0));
        const rest = after == null ? ordered : ordered.filter((t) => t.tenantId > after!);
        const page = rest.slice(0, this.tenantsPageSize);
        const body: Record<string, unknown> = { tenants: page.map((t) => ({ ...t })), pagination: {} };
        if (rest.length > page.length) {
          body.pagination = { next: { cursor: this.signCursor({ q: query, a: page.at(-1)!.tenantId, e: Date.now() + this.cursorTtlMs }) } };
        }
        return this.ok(body);
      }),
    );

    s.route(
      'GET',
      '/v1/tenants/:tenantId',
      'tenants.get',
      authed('tenants.get', (req) => {
        const tenant = this.tenants.find((t) => t.tenantId === req.params.tenantId);
        return tenant ? this.ok({ ...tenant }) : this.error(404, 'NotFound', 'The tenant does not exist.');
      }),
    );

    s.route(
      'PATCH',
      '/v1/tenants/:tenantId/users',
      'tenants.linkUser',
      authed('tenants.linkUser', (req) => {
        const tenant = this.tenants.find((t) => t.tenantId === req.params.tenantId);
        if (!tenant) return this.error(404, 'NotFound', 'The tenant does not exist.');
        if (!String(req.headers['content-type'] ?? '').includes('json')) return this.error(415, 'UnsupportedMediaType', 'The body must be JSON.');
        const body = req.json as { userId?: unknown } | undefined;
        if (!body || typeof body.userId !== 'string' || body.userId === '') return this.error(400, 'InvalidRequest', 'userId is required.');
        const user = this.users.find((u) => u.userId === body.userId);
        if (!user) return this.error(404, 'NotFound', 'The user does not exist.');
        // A user is part of one tenant at most: linking moves the user.
        user.tenantId = tenant.tenantId;
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
