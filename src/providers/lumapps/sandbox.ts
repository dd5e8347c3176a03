/**
 * The LumApps simulator: the application-token endpoint and `user/list`, `user/get`, `user/save` at
 * LumApps's paths (`/_ah/api/lumsites/v1/...`), with Google-style error bodies, a `LumApps-Call-Id`
 * header, opaque continuation cursors (`{"more": false}` with no items when nothing matches), the
 * `fields` partial-response selector, hidden users, and a rate limit knob (429 + Retry-After).
 * Seeded with 520 users of four account types in 10 feeds. See README.md for the GUESSES.
 */
import { createHash, randomBytes } from 'node:crypto';
import { SHARED_PEOPLE, storedEmail } from '../../sandbox/people.js';
import { clientCredentials, FIRST_NAMES, LAST_NAMES, SimServer, seededRandom, type SimRequest, type SimResponse } from '../../sandbox/server.js';
import { ACCOUNT_TYPES, API_PREFIX, USER_STATUSES } from './wire.js';

export interface LumappsSandboxOptions {
  customerId?: string;
  clientId?: string;
  clientSecret?: string;
  staticToken?: string;
  tokenTtlSeconds?: number;
  users?: number;
  seed?: number;
}

export const LUMAPPS_SANDBOX = {
  customerId: '4664961515520000',
  clientId: 'idgraph-sandbox',
  clientSecret: 'sandbox-secret',
  userEmail: 'integration@lumapps-sandbox.example.com',
  staticToken: 'lumapps-sandbox-static-token',
} as const;

/** Ten feeds (groups), LumApps-style numeric ids. */
export const LUMAPPS_FEEDS = Array.from({ length: 10 }, (_, i) => String(5629499534213120 + i * 1_000_003));

/** The User keys of the discovery document that a save may set (everything else is ignored). */
const USER_KEYS = new Set([
  'uid', 'id', 'email', 'firstName', 'lastName', 'fullName', 'status', 'accountType', 'isHidden', 'customer', 'createdAt', 'updatedAt',
  'lang', 'langs', 'employeeId', 'alternateEmail', 'profilePictureUrl', 'profilePicture', 'isSuperAdmin', 'instancesSuperAdmin',
  'apiProfile', 'customProfile', 'synchronized', 'lastSynchronization', 'expirationDate', 'identityProvider', 'loginProvider',
  'loginId', 'profileId', 'unifiedProfileId', 'properties', 'subscriptions', 'settings', 'directoryFavorites', 'hiddenDirectoryFavorites',
  'isDesigner', 'isGod', 'canAccessSA', 'changePasswordAtNextLogin', 'experimental', 'url', 'tutorials', 'profileStatus',
  'federationValue', 'socialAdvocacyPermissions', 'socialNetworkAccesses', 'unreadNotificationCount', 'emailNotifications',
]);
/**
 * Set by the server only: a save cannot change them. `fullName` is not among them: a save stores the
 * fullName it is sent, so a body with a stale fullName leaves a stale name (GUESS, see README.md).
 */
const SERVER_KEYS = ['uid', 'id', 'customer', 'createdAt', 'updatedAt', 'email', 'accountType'] as const;

/** Users of another customer platform: user/get answers 403 for them, as the SDK's get_user_forbidden_ok expects. */
export const LUMAPPS_FOREIGN_USERS = [
  { uid: '5012345678901234', email: 'someone@other-platform.example.com' },
  { uid: '5012345678905678', email: 'another@other-platform.example.com' },
] as const;

type WireUser = Record<string, unknown> & { uid: string; id: string; email: string };

interface StoredUser {
  wire: WireUser;
  feeds: string[];
  password: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `2019-12-30T15:21:22.407701`: LumApps's datetimes, UTC without a zone, microseconds. */
export function lumappsDate(date: Date): string {
  return `${date.toISOString().slice(0, 23)}${String(date.getUTCMilliseconds() % 10)}00`;
}

export function googleError(status: number, reason: string, message: string) {
  return { error: { code: status, message, errors: [{ domain: 'global', reason, message }] } };
}

function reasonFor(status: number): string {
  return (
    { 400: 'badRequest', 401: 'authError', 403: 'forbidden', 404: 'notFound', 409: 'conflict', 429: 'rateLimitExceeded', 503: 'backendError' } as Record<number, string>
  )[status] ?? 'backendError';
}

// ---- `fields` partial responses (Google's selector syntax: a,b/c,d(e,f), *) ----

/** A parsed selector: key → sub-selector, or null for the whole value. */
export type FieldTree = Map<string, FieldTree | null>;

export function parseFields(selector: string): FieldTree {
  const text = selector.replace(/\s+/g, '');
  let i = 0;
  const fail = (): never => {
    throw new Error(`Invalid field selection ${selector}`);
  };
  const merge = (tree: FieldTree, key: string, sub: FieldTree | null) => {
    const existing = tree.get(key);
    if (existing === null || sub === null || existing === undefined) tree.set(key, existing === undefined ? sub : null);
    else for (const [k, v] of sub) merge(existing, k, v);
  };
  const list = (): FieldTree => {
    const tree: FieldTree = new Map();
    for (;;) {
      const path: string[] = [];
      for (;;) {
        const m = /^(\*|[A-Za-z_][A-Za-z0-9_]*)/.exec(text.slice(i));
        if (!m) fail();
        path.push(m![0]);
        i += m![0].length;
        if (text[i] !== '/') break;
        i += 1;
      }
      let sub: FieldTree | null = null;
      if (text[i] === '(') {
        i += 1;
        sub = list();
        if (text[i] !== ')') fail();
        i += 1;
      }
      let leaf: FieldTree | null = sub;
      for (let k = path.length - 1; k >= 1; k -= 1) leaf = new Map([[path[k]!, leaf]]);
      merge(tree, path[0]!, leaf);
      if (text[i] !== ',') return tree;
      i += 1;
    }
  };
  if (text === '') fail();
  const tree = list();
  if (i !== text.length) fail();
  return tree;
}

export function applyFields(value: unknown, tree: FieldTree | null): unknown {
  if (tree === null || tree.has('*')) return value;
  if (Array.isArray(value)) return value.map((v) => applyFields(v, tree));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, sub] of tree) {
    if (key in (value as Record<string, unknown>)) out[key] = applyFields((value as Record<string, unknown>)[key], sub);
  }
  return out;
}

/** How many leaf values a JSON value holds (the projection tests count them). */
export function countLeaves(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + countLeaves(v), 0);
  if (value && typeof value === 'object') return Object.values(value).reduce((n: number, v) => n + countLeaves(v), 0);
  return 1;
}

export class LumappsSandbox {
  readonly server: SimServer;
  readonly users: StoredUser[] = [];
  readonly customerId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly staticToken: string;
  tokenTtlSeconds: number;
  tokensIssued = 0;
  /**
   * The `more: true` without items that the SDK guards against ("the api return something wrong"):
   * when set, a full last page still says `more: true` with a cursor, and the page after it answers
   * `{ more: true, cursor }` with no items.
   */
  moreWithoutItems = false;
  /** Calls per second answered before a 429 (null = no limit). */
  rateLimitPerSecond: number | null = null;
  /** What the user/list and user/get routes sent: bytes of JSON and leaf values of user objects. */
  readonly sent = { bytes: 0, userValues: 0, users: 0 };
  private readonly tokens = new Map<string, { expiresAt: number; email: string }>();
  private window = { second: 0, count: 0 };
  private nextUid = 6_000_000_000_000_000;
  private callSeq = 0;

  constructor(options: LumappsSandboxOptions = {}) {
    this.customerId = options.customerId ?? LUMAPPS_SANDBOX.customerId;
    this.clientId = options.clientId ?? LUMAPPS_SANDBOX.clientId;
    this.clientSecret = options.clientSecret ?? LUMAPPS_SANDBOX.clientSecret;
    this.staticToken = options.staticToken ?? LUMAPPS_SANDBOX.staticToken;
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
    this.server = new SimServer('lumapps', (status, message) => googleError(status, reasonFor(status), message));
    this.seed(options.users ?? 520, options.seed ?? 11);
    this.routes();
  }

  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** Makes every issued token expired, as if its lifetime had run out. */
  expireTokens(): void {
    for (const entry of this.tokens.values()) entry.expiresAt = 0;
  }

  resetSent(): void {
    Object.assign(this.sent, { bytes: 0, userValues: 0, users: 0 });
  }

  byEmail(email: string): StoredUser | undefined {
    const lower = email.toLowerCase();
    return this.users.find((u) => u.wire.email.toLowerCase() === lower);
  }

  byUid(uid: string): StoredUser | undefined {
    return this.users.find((u) => u.wire.uid === uid || u.wire.id === uid);
  }

  private newUid(): string {
    this.nextUid += 7919;
    return String(this.nextUid);
  }

  private makeUser(init: { email: string; firstName: string; lastName: string; accountType: string; status?: string; isHidden?: boolean; createdAt: Date; isSuperAdmin?: boolean }): WireUser {
    const uid = this.newUid();
    const created = lumappsDate(init.createdAt);
    return {
      uid,
      id: uid,
      email: init.email,
      firstName: init.firstName,
      lastName: init.lastName,
      fullName: `${init.firstName} ${init.lastName}`,
      status: init.status ?? 'enabled',
      accountType: init.accountType,
      isHidden: init.isHidden ?? false,
      isSuperAdmin: init.isSuperAdmin ?? false,
      customer: this.customerId,
      createdAt: created,
      updatedAt: created,
      lang: 'en',
      langs: ['en', 'fr'],
      synchronized: init.accountType !== 'external',
      loginProvider: init.accountType === 'external' ? 'lumapps' : init.accountType,
      profilePictureUrl: `https://sites.lumapps.com/serve/profile/${uid}`,
      customProfile: JSON.stringify({ jobTitle: 'Staff', office: 'HQ' }),
      apiProfile: JSON.stringify({ name: { givenName: init.firstName, familyName: init.lastName }, primaryEmail: init.email }),
      settings: { social: { twitter: false }, notifications: { email: true } },
      subscriptions: [],
      directoryFavorites: [],
      unreadNotificationCount: 0,
    };
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const day = 86_400_000;
    const now = Date.now();
    const feedsFor = () => {
      const n = 1 + Math.floor(random() * 3);
      return [...new Set(Array.from({ length: n }, () => pick(LUMAPPS_FEEDS)))];
    };
    this.users.push({
      wire: this.makeUser({
        email: LUMAPPS_SANDBOX.userEmail,
        firstName: 'Sandbox',
        lastName: 'Integration',
        accountType: 'google',
        createdAt: new Date(now - 900 * day),
        isSuperAdmin: true,
      }),
      feeds: [...LUMAPPS_FEEDS],
      password: null,
    });
    SHARED_PEOPLE.forEach((person, i) => {
      if (!person.in.includes('lumapps')) return;
      this.users.push({
        wire: this.makeUser({
          email: storedEmail(person, 'lumapps', i),
          firstName: person.firstName,
          lastName: person.lastName,
          accountType: ACCOUNT_TYPES[i % ACCOUNT_TYPES.length]!,
          createdAt: new Date(now - (30 + i * 11) * day),
        }),
        feeds: feedsFor(),
        password: null,
      });
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      const accountType = ACCOUNT_TYPES[i % ACCOUNT_TYPES.length]!;
      const domain = accountType === 'external' ? 'partner.example.org' : 'corp.example.com';
      this.users.push({
        wire: this.makeUser({
          email: `${firstName}.${lastName}.${i}@${domain}`.toLowerCase(),
          firstName,
          lastName,
          accountType,
          status: random() < 0.12 ? 'disabled' : 'enabled',
          isHidden: random() < 0.08,
          createdAt: new Date(now - Math.floor(random() * 1000) * day - Math.floor(random() * day)),
        }),
        feeds: feedsFor(),
        password: null,
      });
    }
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
    if (this.rateLimitPerSecond == null) return null;
    const second = Math.floor(Date.now() / 1000);
    if (this.window.second !== second) this.window = { second, count: 0 };
    this.window.count += 1;
    if (this.window.count <= this.rateLimitPerSecond) return null;
    return this.error(429, 'Rate limit exceeded', 'rateLimitExceeded', { 'retry-after': '1' });
  }

  /** The email the bearer token acts for, or an error answer. */
  private authorize(req: SimRequest): { email: string } | SimResponse {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (token && token === this.staticToken) return { email: LUMAPPS_SANDBOX.userEmail };
    const entry = this.tokens.get(token);
    if (!token || !entry || entry.expiresAt <= Date.now()) {
      return this.error(401, 'Invalid Credentials', 'authError', { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' });
    }
    return { email: entry.email };
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
    return createHash('sha256').update(parts.join('&')).digest('base64url').slice(0, 12);
  }

  private routes(): void {
    const s = this.server;

    s.route('POST', '/v2/organizations/:customerId/application-token', 'token', (req) => {
      const invalid: SimResponse = { status: 400, json: { error: 'invalid_request' } };
      const { id: clientId, secret: clientSecret } = clientCredentials(req, { basicOnly: true });
      if (clientId === null) return { status: 401, json: { error: 'invalid_client' } };
      if (req.params.customerId !== this.customerId) return invalid;
      if (req.form.get('grant_type') !== 'client_credentials') return invalid;
      if (clientId !== this.clientId || clientSecret !== this.clientSecret) return invalid;
      const email = req.form.get('user_email') ?? '';
      const user = this.byEmail(email);
      if (!user || user.wire.status !== 'enabled') return invalid;
      const token = randomBytes(24).toString('base64url');
      this.tokens.set(token, { expiresAt: Date.now() + this.tokenTtlSeconds * 1000, email: user.wire.email });
      this.tokensIssued += 1;
      return { status: 200, json: { access_token: token, expires_in: this.tokenTtlSeconds, token_type: 'Bearer' }, headers: { 'cache-control': 'no-store' } };
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
          if (!/^-?\d+$/.test(raw) || !Number.isInteger(value) || value > 2 ** 31 - 1) return this.error(400, `Invalid value for ${name}: ${raw}`, 'invalidParameter');
          return value;
        };
        const maxResults = intParam('maxResults');
        if (maxResults && typeof maxResults === 'object') return maxResults;
        const registeredSince = intParam('registeredSince');
        if (registeredSince && typeof registeredSince === 'object') return registeredSince;
        const size = (maxResults as number | null) ?? 30;
        if (size < 1) return this.error(400, 'maxResults must be positive', 'invalidParameter');
        const status = q.get('status');
        if (status != null && !(USER_STATUSES as readonly string[]).includes(status)) return this.error(400, `Invalid value for status: ${status}`, 'invalidParameter');
        const showHiddenRaw = q.get('showHidden');
        if (showHiddenRaw != null && showHiddenRaw !== 'true' && showHiddenRaw !== 'false') return this.error(400, `Invalid boolean value for showHidden: ${showHiddenRaw}`, 'invalidParameter');
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
          if (firstName != null && !String(u.firstName ?? '').toLowerCase().startsWith(firstName)) return false;
          if (lastName != null && !String(u.lastName ?? '').toLowerCase().startsWith(lastName)) return false;
          if (text != null && ![u.email, u.firstName, u.lastName, u.fullName].some((v) => String(v ?? '').toLowerCase().includes(text))) return false;
          if (since != null && String(u.createdAt) < since) return false;
          return true;
        });
        const key = this.cursorKey(q);
        let offset = 0;
        const cursor = q.get('cursor');
        if (cursor != null) {
          const match = /^([A-Za-z0-9_-]+)$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8').split('|') : [];
          if (match.length !== 2 || match[0] !== key || !/^\d+$/.test(match[1]!)) return this.error(400, 'Invalid cursor', 'invalidParameter');
          offset = Number(match[1]);
        }
        const page = list.slice(offset, offset + size);
        if (page.length === 0) {
          if (this.moreWithoutItems) return this.project(req, { more: true, cursor: Buffer.from(`${key}|${offset}`).toString('base64url') });
          return this.project(req, { more: false });
        }
        const end = offset + page.length;
        const more = end < list.length || (this.moreWithoutItems && page.length === size);
        return this.project(req, {
          items: page.map((u) => u.wire),
          more,
          ...(more ? { cursor: Buffer.from(`${key}|${end}`).toString('base64url') } : {}),
          callId: this.callId(),
        });
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
        const user =
          key === 'uid' ? this.byUid(value) : key === 'employeeId' ? this.users.find((u) => u.wire.employeeId === value) : this.byEmail(value);
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
        if (!String(req.headers['content-type'] ?? '').includes('json')) return this.error(400, 'The request body must be JSON', 'parseError');
        const body = req.json;
        if (!body || typeof body !== 'object' || Array.isArray(body)) return this.error(400, 'Invalid JSON payload received', 'parseError');
        const b = body as Record<string, unknown>;
        for (const [k, type] of [
          ['firstName', 'string'],
          ['lastName', 'string'],
          ['email', 'string'],
          ['status', 'string'],
          ['accountType', 'string'],
          ['isHidden', 'boolean'],
          ['password', 'string'],
          ['rePassword', 'string'],
        ] as const) {
          if (b[k] !== undefined && typeof b[k] !== type) return this.error(400, `Invalid value for ${k}`, 'invalidParameter');
        }
        if (b.status !== undefined && !(USER_STATUSES as readonly unknown[]).includes(b.status)) return this.error(400, `Invalid value for status: ${String(b.status)}`, 'invalidParameter');
        for (const k of ['firstName', 'lastName'] as const) {
          if (typeof b[k] === 'string' && (b[k] as string).trim() === '') return this.error(400, `${k} must not be empty`, 'invalidParameter');
        }
        const uid = typeof b.uid === 'string' ? b.uid : typeof b.id === 'string' ? b.id : null;
        const kept = Object.fromEntries(Object.entries(b).filter(([k]) => USER_KEYS.has(k)));
        if (uid != null) {
          const user = this.byUid(uid);
          if (!user) return this.error(404, `User not found: ${uid}`);
          if (typeof b.email === 'string' && b.email.toLowerCase() !== user.wire.email.toLowerCase()) return this.error(400, 'The email of a user cannot be changed', 'invalidParameter');
          if (typeof b.accountType === 'string' && b.accountType !== user.wire.accountType) return this.error(400, 'The account type of a user cannot be changed', 'invalidParameter');
          // The whole object replaces the stored one: a field left out of the body is gone.
          const next: Record<string, unknown> = { ...kept };
          for (const k of SERVER_KEYS) next[k] = user.wire[k];
          next.updatedAt = lumappsDate(new Date());
          // The fullName sent is stored as it is; only a body without one gets it computed (GUESS).
          if (typeof b.fullName !== 'string') next.fullName = `${String(next.firstName ?? '')} ${String(next.lastName ?? '')}`.trim();
          next.status ??= 'enabled';
          user.wire = next as WireUser;
          return this.answer(200, user.wire);
        }
        const email = typeof b.email === 'string' ? b.email.trim() : '';
        if (!email) return this.error(400, 'email is required', 'required');
        if (!EMAIL.test(email)) return this.error(400, `Invalid email: ${email}`, 'invalidParameter');
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
        const wire = this.makeUser({ email, firstName: b.firstName, lastName: b.lastName, accountType: 'external', createdAt: new Date() });
        if (typeof b.status === 'string') wire.status = b.status;
        if (typeof b.isHidden === 'boolean') wire.isHidden = b.isHidden;
        this.users.push({ wire, feeds: [], password: typeof b.password === 'string' ? b.password : null });
        return this.answer(200, wire);
      }),
    );
  }
}
