/**
 * The LumApps simulator: the application-token endpoint and `user/list`, `user/get`, `user/save` at
 * LumApps's paths (`/_ah/api/lumsites/v1/...`), with Google-style error bodies, a `LumApps-Call-Id`
 * header, opaque continuation cursors (`{"more": false}` with no items when nothing matches), the
 * `fields` partial-response selector, hidden users, and a rate limit knob (429 + Retry-After).
 * Seeded with 520 users of four account types in 10 feeds. See README.md for the GUESSES. The data and
 * what a save does to it are in sandbox-store.ts; this file is the HTTP side.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  bearerToken,
  isEmail,
  isJsonRequest,
  offsetCursor,
  queryDigest,
  RateLimiter,
  SimServer,
  TokenStore,
  tokenEndpoint,
  validate,
  type SimRequest,
  type SimResponse,
} from '../../sandbox/kit/index.js';
import { applyFields, countLeaves, parseFields } from './sandbox-fields.js';
import { LUMAPPS_SANDBOX, LumappsStore, lumappsDate } from './sandbox-store.js';
import { API_PREFIX, USER_STATUSES, type ErrorBody, type UserListResponse } from './wire.js';

export { applyFields, countLeaves, parseFields, type FieldTree } from './sandbox-fields.js';
export { LUMAPPS_FEEDS, LUMAPPS_SANDBOX, lumappsDate } from './sandbox-store.js';

export interface LumappsSandboxOptions {
  customerId?: string;
  clientId?: string;
  clientSecret?: string;
  staticToken?: string;
  tokenTtlSeconds?: number;
  users?: number;
  seed?: number;
}

/** The User keys of the discovery document that a save may set (everything else is ignored). */
const USER_KEYS = new Set([
  'uid',
  'id',
  'email',
  'firstName',
  'lastName',
  'fullName',
  'status',
  'accountType',
  'isHidden',
  'customer',
  'createdAt',
  'updatedAt',
  'lang',
  'langs',
  'employeeId',
  'alternateEmail',
  'profilePictureUrl',
  'profilePicture',
  'isSuperAdmin',
  'instancesSuperAdmin',
  'apiProfile',
  'customProfile',
  'synchronized',
  'lastSynchronization',
  'expirationDate',
  'identityProvider',
  'loginProvider',
  'loginId',
  'profileId',
  'unifiedProfileId',
  'properties',
  'subscriptions',
  'settings',
  'directoryFavorites',
  'hiddenDirectoryFavorites',
  'isDesigner',
  'isGod',
  'canAccessSA',
  'changePasswordAtNextLogin',
  'experimental',
  'url',
  'tutorials',
  'profileStatus',
  'federationValue',
  'socialAdvocacyPermissions',
  'socialNetworkAccesses',
  'unreadNotificationCount',
  'emailNotifications',
]);

/** Users of another customer platform: user/get answers 403 for them, as the SDK's get_user_forbidden_ok expects. */
export const LUMAPPS_FOREIGN_USERS = [
  { uid: '5012345678901234', email: 'someone@other-platform.example.com' },
  { uid: '5012345678905678', email: 'another@other-platform.example.com' },
] as const;

export function googleError(status: number, reason: string, message: string) {
  return { error: { code: status, message, errors: [{ domain: 'global', reason, message }] } } satisfies z.input<typeof ErrorBody>;
}

function reasonFor(status: number): string {
  return (
    (
      { 400: 'badRequest', 401: 'authError', 403: 'forbidden', 404: 'notFound', 409: 'conflict', 429: 'rateLimitExceeded', 503: 'backendError' } as Record<
        number,
        string
      >
    )[status] ?? 'backendError'
  );
}

/** The typed keys of a user/save body, checked in this order before anything else ("Invalid value for …"). */
const SaveBodyTypes = z.object({
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  email: z.string().optional(),
  status: z.string().optional(),
  accountType: z.string().optional(),
  isHidden: z.boolean().optional(),
  password: z.string().optional(),
  rePassword: z.string().optional(),
});

export class LumappsSandbox extends LumappsStore {
  readonly server: SimServer;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly staticToken: string;
  tokenTtlSeconds: number;
  /**
   * The `more: true` without items that the SDK guards against ("the api return something wrong"):
   * when set, a full last page still says `more: true` with a cursor, and the page after it answers
   * `{ more: true, cursor }` with no items.
   */
  moreWithoutItems = false;
  /** What the user/list and user/get routes sent: bytes of JSON and leaf values of user objects. */
  readonly sent = { bytes: 0, userValues: 0, users: 0 };
  private readonly tokens = new TokenStore<{ email: string }>();
  /** Calls per calendar second over all routes. */
  private readonly limiter = new RateLimiter('aligned');
  private callSeq = 0;

  constructor(options: LumappsSandboxOptions = {}) {
    super(options.customerId ?? LUMAPPS_SANDBOX.customerId, options);
    this.clientId = options.clientId ?? LUMAPPS_SANDBOX.clientId;
    this.clientSecret = options.clientSecret ?? LUMAPPS_SANDBOX.clientSecret;
    this.staticToken = options.staticToken ?? LUMAPPS_SANDBOX.staticToken;
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
    this.server = new SimServer('lumapps', (status, message) => googleError(status, reasonFor(status), message));
    this.routes();
  }

  /** Calls per second answered before a 429 (null = no limit). */
  get rateLimitPerSecond(): number | null {
    return this.limiter.perSecond;
  }

  set rateLimitPerSecond(value: number | null) {
    this.limiter.perSecond = value;
  }

  get tokensIssued(): number {
    return this.tokens.issued;
  }

  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** Makes every issued token expired, as if its lifetime had run out. */
  expireTokens(): void {
    this.tokens.expireAll();
  }

  resetSent(): void {
    Object.assign(this.sent, { bytes: 0, userValues: 0, users: 0 });
  }

  private callId(): string {
    this.callSeq += 1;
    return createHash('sha1').update(`${this.callSeq}`).digest('hex').slice(0, 16);
  }

  private answer(status: number, json: unknown, headers: Record<string, string> = {}): SimResponse {
    return { status, json, headers: { 'LumApps-Call-Id': this.callId(), ...headers } };
  }

  private error(status: number, message: string, reason = reasonFor(status), headers: Record<string, string> = {}): SimResponse {
    return this.answer(status, googleError(status, reason, message), headers);
  }

  private limited(): SimResponse | null {
    const limited = this.limiter.take();
    if (!limited) return null;
    return this.error(429, 'Rate limit exceeded', 'rateLimitExceeded', { 'retry-after': String(limited.retryAfterSeconds) });
  }

  /** The email the bearer token acts for, or an error answer. */
  private authorize(req: SimRequest): { email: string } | SimResponse {
    const token = bearerToken(req);
    if (token && token === this.staticToken) return { email: LUMAPPS_SANDBOX.userEmail };
    const checked = this.tokens.check(token);
    if (!checked.ok) return this.error(401, 'Invalid Credentials', 'authError', { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' });
    return checked.data;
  }

  private authed(handler: (req: SimRequest, caller: { email: string }) => SimResponse): (req: SimRequest) => SimResponse {
    return (req) => {
      const caller = this.authorize(req);
      if ('status' in caller) return caller;
      return this.limited() ?? handler(req, caller);
    };
  }

  private project(req: SimRequest, json: unknown): SimResponse {
    const selector = req.query.get('fields');
    let body = json;
    if (selector != null) {
      try {
        body = applyFields(json, parseFields(selector));
      } catch (error) {
        return this.error(400, error instanceof Error ? error.message : 'Invalid field selection', 'invalidParameter');
      }
    }
    const users = (body as { items?: unknown[] }).items ?? (req.path.endsWith('/user/get') ? [body] : []);
    this.sent.bytes += Buffer.byteLength(JSON.stringify(body));
    this.sent.users += users.length;
    this.sent.userValues += countLeaves(users);
    return this.answer(200, body);
  }

  private cursorKey(query: URLSearchParams): string {
    const parts = [...query.entries()]
      .filter(([k]) => !['cursor', 'maxResults', 'fields', 'callId', 'prettyPrint', 'alt', 'key', 'quotaUser', 'userIp'].includes(k))
      .map(([k, v]) => `${k}=${v}`)
      .sort();
    return queryDigest(parts.join('&'), 12);
  }

  private routes(): void {
    const s = this.server;

    tokenEndpoint(s, {
      path: '/v2/organizations/:customerId/application-token',
      tokens: this.tokens,
      ttlSeconds: () => this.tokenTtlSeconds,
      basicOnly: true,
      grant: ({ req, clientId, clientSecret, grantType }) => {
        const invalid: SimResponse = { status: 400, json: { error: 'invalid_request' } satisfies z.input<typeof ErrorBody> };
        if (clientId === null) return { status: 401, json: { error: 'invalid_client' } satisfies z.input<typeof ErrorBody> };
        if (req.params.customerId !== this.customerId) return invalid;
        if (grantType !== 'client_credentials') return invalid;
        if (clientId !== this.clientId || clientSecret !== this.clientSecret) return invalid;
        const user = this.byEmail(req.form.get('user_email') ?? '');
        if (!user || user.wire.status !== 'enabled') return invalid;
        return { data: { email: user.wire.email } };
      },
    });

    s.route(
      'GET',
      `${API_PREFIX}/user/list`,
      'user.list',
      this.authed((req) => {
        const q = req.query;
        const intParam = (name: string): number | null | SimResponse => {
          const raw = q.get(name);
          if (raw == null) return null;
          const value = Number(raw);
          if (!/^-?\d+$/.test(raw) || !Number.isInteger(value) || value > 2 ** 31 - 1)
            return this.error(400, `Invalid value for ${name}: ${raw}`, 'invalidParameter');
          return value;
        };
        const maxResults = intParam('maxResults');
        if (maxResults && typeof maxResults === 'object') return maxResults;
        const registeredSince = intParam('registeredSince');
        if (registeredSince && typeof registeredSince === 'object') return registeredSince;
        const size = (maxResults as number | null) ?? 30;
        if (size < 1) return this.error(400, 'maxResults must be positive', 'invalidParameter');
        const status = q.get('status');
        if (status != null && !(USER_STATUSES as readonly string[]).includes(status))
          return this.error(400, `Invalid value for status: ${status}`, 'invalidParameter');
        const showHiddenRaw = q.get('showHidden');
        if (showHiddenRaw != null && showHiddenRaw !== 'true' && showHiddenRaw !== 'false')
          return this.error(400, `Invalid boolean value for showHidden: ${showHiddenRaw}`, 'invalidParameter');
        const showHidden = showHiddenRaw === 'true';
        const types = q.getAll('types');
        const feeds = q.getAll('feeds');
        const ids = q.getAll('ids');
        const email = q.get('email')?.toLowerCase();
        const text = q.get('query')?.toLowerCase();
        const firstName = q.get('firstName')?.toLowerCase();
        const lastName = q.get('lastName')?.toLowerCase();
        const since = registeredSince == null ? null : lumappsDate(new Date(Date.now() - (registeredSince as number) * 86_400_000));
        const list = this.users.filter(({ wire: u, feeds: f }) => {
          if (u.isHidden === true && !showHidden) return false;
          if (status != null && u.status !== status) return false;
          if (types.length > 0 && !types.includes(String(u.accountType))) return false;
          if (feeds.length > 0 && !f.some((id) => feeds.includes(id))) return false;
          if (ids.length > 0 && !ids.includes(u.uid)) return false;
          if (email != null && u.email.toLowerCase() !== email) return false;
          if (
            firstName != null &&
            !String(u.firstName ?? '')
              .toLowerCase()
              .startsWith(firstName)
          )
            return false;
          if (
            lastName != null &&
            !String(u.lastName ?? '')
              .toLowerCase()
              .startsWith(lastName)
          )
            return false;
          if (
            text != null &&
            ![u.email, u.firstName, u.lastName, u.fullName].some((v) =>
              String(v ?? '')
                .toLowerCase()
                .includes(text),
            )
          )
            return false;
          if (since != null && String(u.createdAt) < since) return false;
          return true;
        });
        const key = this.cursorKey(q);
        let offset = 0;
        const cursor = q.get('cursor');
        if (cursor != null) {
          const decoded = offsetCursor.decode(cursor, key);
          if (decoded == null) return this.error(400, 'Invalid cursor', 'invalidParameter');
          offset = decoded;
        }
        const page = list.slice(offset, offset + size);
        if (page.length === 0) {
          if (this.moreWithoutItems)
            return this.project(req, { more: true, cursor: offsetCursor.encode(key, offset) } satisfies z.input<typeof UserListResponse>);
          return this.project(req, { more: false } satisfies z.input<typeof UserListResponse>);
        }
        const end = offset + page.length;
        const more = end < list.length || (this.moreWithoutItems && page.length === size);
        return this.project(req, {
          items: page.map((u) => u.wire),
          more,
          ...(more ? { cursor: offsetCursor.encode(key, end) } : {}),
          callId: this.callId(),
        } satisfies z.input<typeof UserListResponse>);
      }),
    );

    s.route(
      'GET',
      `${API_PREFIX}/user/get`,
      'user.get',
      this.authed((req, caller) => {
        const keys = (['email', 'uid', 'employeeId'] as const).filter((k) => req.query.get(k) != null);
        if (keys.length > 1) return this.error(400, 'Give only one of email, uid and employeeId', 'invalidParameter');
        const key = keys[0];
        const value = key ? req.query.get(key)! : caller.email;
        const user = key === 'uid' ? this.byUid(value) : key === 'employeeId' ? this.byEmployeeId(value) : this.byEmail(value);
        if (!user && LUMAPPS_FOREIGN_USERS.some((f) => f.uid === value || f.email.toLowerCase() === value.toLowerCase())) {
          return this.error(403, 'The user belongs to another customer platform', 'forbidden');
        }
        if (!user) return this.error(404, `User not found: ${value}`);
        return this.project(req, user.wire);
      }),
    );

    s.route(
      'POST',
      `${API_PREFIX}/user/save`,
      'user.save',
      this.authed((req) => {
        if (!isJsonRequest(req)) return this.error(400, 'The request body must be JSON', 'parseError');
        const body = req.json;
        if (!body || typeof body !== 'object' || Array.isArray(body)) return this.error(400, 'Invalid JSON payload received', 'parseError');
        const b = body as Record<string, unknown>;
        const typed = validate(SaveBodyTypes, b, (issues) => this.error(400, `Invalid value for ${String(issues[0]!.path[0])}`, 'invalidParameter'));
        if (!typed.ok) return typed.response;
        if (b.status !== undefined && !(USER_STATUSES as readonly unknown[]).includes(b.status))
          return this.error(400, `Invalid value for status: ${String(b.status)}`, 'invalidParameter');
        for (const k of ['firstName', 'lastName'] as const) {
          if (typeof b[k] === 'string' && (b[k] as string).trim() === '') return this.error(400, `${k} must not be empty`, 'invalidParameter');
        }
        const uid = typeof b.uid === 'string' ? b.uid : typeof b.id === 'string' ? b.id : null;
        const kept = Object.fromEntries(Object.entries(b).filter(([k]) => USER_KEYS.has(k)));
        if (uid != null) {
          const user = this.byUid(uid);
          if (!user) return this.error(404, `User not found: ${uid}`);
          if (typeof b.email === 'string' && b.email.toLowerCase() !== user.wire.email.toLowerCase())
            return this.error(400, 'The email of a user cannot be changed', 'invalidParameter');
          if (typeof b.accountType === 'string' && b.accountType !== user.wire.accountType)
            return this.error(400, 'The account type of a user cannot be changed', 'invalidParameter');
          return this.answer(200, this.replace(user, kept, typeof b.fullName === 'string'));
        }
        const email = typeof b.email === 'string' ? b.email.trim() : '';
        if (!email) return this.error(400, 'email is required', 'required');
        if (!isEmail(email)) return this.error(400, `Invalid email: ${email}`, 'invalidParameter');
        if (b.accountType !== 'external') return this.error(400, 'Only external users can be created', 'invalidParameter');
        if (typeof b.firstName !== 'string' || typeof b.lastName !== 'string') return this.error(400, 'firstName and lastName are required', 'required');
        if (b.password !== undefined || b.rePassword !== undefined) {
          if (b.password !== b.rePassword) return this.error(400, 'The passwords do not match', 'invalidParameter');
          const password = String(b.password);
          if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) {
            return this.error(400, 'The password must be at least 8 characters long and contain a letter and a digit', 'invalidParameter');
          }
        }
        if (this.byEmail(email)) return this.error(409, `A user with the email ${email} already exists`, 'conflict');
        const { status, isHidden, password } = typed.data;
        return this.answer(200, this.create({ email, firstName: b.firstName, lastName: b.lastName, status, isHidden, password }));
      }),
    );
  }
}
