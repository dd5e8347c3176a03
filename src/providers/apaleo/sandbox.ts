/**
 * The Apaleo Identity v1 simulator: the token endpoint and the eight operations at Apaleo's paths,
 * with Apaleo's statuses (200/204 success, 204 past the last page, 401, 404, 415, 422 with
 * `{ messages }`) and the lenient choices written down in README.md. Seeded with demo data.
 */
import { randomBytes } from 'node:crypto';
import { SHARED_PEOPLE, storedEmail } from '../../sandbox/people.js';
import { clientCredentials, FIRST_NAMES, LAST_NAMES, SimServer, seededRandom, seededUuid, type SimRequest, type SimResponse } from '../../sandbox/server.js';
import { LEGACY_ROLES, ROLES, USER_SORTS, type RoleA, type RoleB } from './wire.js';

export interface ApaleoSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  tokenTtlSeconds?: number;
  users?: number;
  seed?: number;
}

interface StoredUser {
  subjectId: string;
  firstName: string;
  lastName: string;
  email: string;
  enabled: boolean;
  isAccountAdmin: boolean;
  isMfaEnabled: boolean;
  isPasskeysEnabled: boolean;
  properties: { id: string; roles: string[] }[];
}

interface StoredInvitation {
  email: string;
  properties: string[];
  isAccountAdmin: boolean;
  roles: string[];
  role?: string;
  invitedBy: string;
  created: string;
}

export const APALEO_SANDBOX_CLIENT = { clientId: 'idgraph-sandbox', clientSecret: 'sandbox-secret' } as const;
export const APALEO_PROPERTIES = ['BER', 'MUC', 'HAM', 'LND', 'PAR'] as const;

const ROLE_TO_LEGACY: Partial<Record<RoleA, RoleB>> = {
  Accountant: 'FinanceManager',
  ReservationManager: 'ReservationOffice',
  FrontDesk: 'FrontOffice',
  FrontDeskSenior: 'FrontOffice',
};

function legacyRole(role: string): string {
  return ROLE_TO_LEGACY[role as RoleA] ?? (role as RoleB);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class ApaleoSandbox {
  readonly server: SimServer;
  readonly users: StoredUser[] = [];
  readonly invitations: StoredInvitation[] = [];
  readonly clientId: string;
  readonly clientSecret: string;
  tokenTtlSeconds: number;
  private readonly tokens = new Map<string, number>();
  tokensIssued = 0;
  /**
   * Roles Apaleo added after the swagger idgraph was written against (RoleA is an evolving
   * vocabulary): listed by GET /roles and accepted on invitations. See addRole().
   */
  readonly newerRoles: string[] = [];
  /**
   * What GET /users/me answers. 'service-user': the first seeded user (the default). 'no-user': a
   * client-credentials token acts as no user, so Apaleo has none to answer (404 ProblemDetails, GUESS).
   */
  me: 'service-user' | 'no-user' = 'service-user';

  constructor(options: ApaleoSandboxOptions = {}) {
    this.clientId = options.clientId ?? APALEO_SANDBOX_CLIENT.clientId;
    this.clientSecret = options.clientSecret ?? APALEO_SANDBOX_CLIENT.clientSecret;
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
    this.server = new SimServer('apaleo', (status, message) =>
      status === 400 || status === 422
        ? { messages: [message] }
        : { type: `https://httpstatuses.io/${status}`, title: message, status, traceId: randomBytes(8).toString('hex') },
    );
    this.seed(options.users ?? 260, options.seed ?? 7);
    this.routes();
  }

  start(port = 0): Promise<string> {
    return this.server.start(port);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /** The whole RoleA vocabulary this simulator speaks: the documented one plus newerRoles. */
  get roles(): string[] {
    return [...ROLES, ...this.newerRoles];
  }

  /** Adds a role Apaleo introduced later (e.g. after March 2026), as a real account would show it. */
  addRole(role: string): void {
    if (!this.roles.includes(role)) this.newerRoles.push(role);
  }

  /** Makes every issued token expired, as if its lifetime had run out. */
  expireTokens(): void {
    for (const token of this.tokens.keys()) this.tokens.set(token, 0);
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const propertyRoles = (): { id: string; roles: RoleA[] }[] => {
      const props = APALEO_PROPERTIES.filter(() => random() < 0.35);
      const chosen = props.length > 0 ? props : [pick(APALEO_PROPERTIES)];
      return chosen.map((id) => ({ id, roles: [...new Set([pick(ROLES.slice(1)), ...(random() < 0.3 ? [pick(ROLES.slice(1))] : [])])] }));
    };
    // A service user first: /users/me answers it.
    this.users.push({
      subjectId: seededUuid(random),
      firstName: 'Sandbox',
      lastName: 'Integration',
      email: 'integration@apaleo-sandbox.example.com',
      enabled: true,
      isAccountAdmin: true,
      isMfaEnabled: true,
      isPasskeysEnabled: false,
      properties: APALEO_PROPERTIES.map((id) => ({ id, roles: ['PropertyAdmin'] })),
    });
    SHARED_PEOPLE.forEach((person, i) => {
      if (!person.in.includes('apaleo')) return;
      this.users.push({
        subjectId: seededUuid(random),
        firstName: person.firstName,
        lastName: person.lastName,
        email: storedEmail(person, 'apaleo', i),
        enabled: true,
        isAccountAdmin: false,
        isMfaEnabled: random() < 0.5,
        isPasskeysEnabled: random() < 0.2,
        properties: propertyRoles(),
      });
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      const admin = i % 40 === 0;
      this.users.push({
        subjectId: seededUuid(random),
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${i}@hotel.example.com`.toLowerCase(),
        enabled: random() > 0.15,
        isAccountAdmin: admin,
        isMfaEnabled: random() < 0.4,
        isPasskeysEnabled: random() < 0.1,
        properties: admin ? [] : propertyRoles(),
      });
    }
    // Every role appears at least once.
    ROLES.slice(1).forEach((role, i) => {
      const user = this.users[10 + i]!;
      const first = user.properties[0];
      if (first && !first.roles.includes(role)) first.roles.push(role);
    });
    for (let i = 0; i < 20; i += 1) {
      const roles: RoleA[] = [ROLES[1 + (i % (ROLES.length - 1))]!];
      this.invitations.push({
        email: `invitee.${i}@hotel.example.com`,
        properties: [APALEO_PROPERTIES[i % APALEO_PROPERTIES.length]!],
        isAccountAdmin: false,
        roles,
        role: legacyRole(roles[0]!),
        invitedBy: this.users[0]!.email,
        created: new Date(Date.UTC(2026, 9, 1 + i, 9, 30)).toISOString(),
      });
    }
  }

  private authorize(req: SimRequest): SimResponse | null {
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    const expiresAt = this.tokens.get(token);
    if (!token || expiresAt == null || expiresAt <= Date.now()) {
      return {
        status: 401,
        json: { type: 'https://httpstatuses.io/401', title: 'Unauthorized', status: 401 },
        headers: { 'www-authenticate': token ? 'Bearer error="invalid_token", error_description="The token expired"' : 'Bearer' },
      };
    }
    return null;
  }

  private notFound(what: string): SimResponse {
    return { status: 404, json: { type: 'https://httpstatuses.io/404', title: `${what} not found`, status: 404 } };
  }

  private invalid(...messages: string[]): SimResponse {
    return { status: 422, json: { messages } };
  }

  private userItem(u: StoredUser) {
    return {
      subjectId: u.subjectId,
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      properties: u.properties.map((p) => ({ id: p.id, roles: [...p.roles] })),
      enabled: u.enabled,
      isAccountAdmin: u.isAccountAdmin,
      isMfaEnabled: u.isMfaEnabled,
      isPasskeysEnabled: u.isPasskeysEnabled,
    };
  }

  private userModel(u: StoredUser) {
    return {
      subjectId: u.subjectId,
      firstName: u.firstName,
      lastName: u.lastName,
      email: u.email,
      enabled: u.enabled,
      isAccountAdmin: u.isAccountAdmin,
      isMfaEnabled: u.isMfaEnabled,
      properties: u.properties.map((p) => p.id),
      propertyRoles: u.properties.map((p) => ({ id: p.id, roles: [...p.roles] })),
    };
  }

  private routes(): void {
    const s = this.server;
    const authed =
      (handler: (req: SimRequest) => SimResponse) =>
      (req: SimRequest): SimResponse =>
        this.authorize(req) ?? handler(req);

    s.route('POST', '/connect/token', 'token', (req) => {
      const client = clientCredentials(req);
      if (req.form.get('grant_type') !== 'client_credentials') return { status: 400, json: { error: 'unsupported_grant_type' } };
      if (client.id !== this.clientId || client.secret !== this.clientSecret) return { status: 400, json: { error: 'invalid_client' } };
      const token = randomBytes(24).toString('base64url');
      this.tokens.set(token, Date.now() + this.tokenTtlSeconds * 1000);
      this.tokensIssued += 1;
      return {
        status: 200,
        json: { access_token: token, expires_in: this.tokenTtlSeconds, token_type: 'Bearer', scope: 'identity:account-users.manage' },
        headers: { 'cache-control': 'no-store' },
      };
    });

    s.route(
      'GET',
      '/api/v1/account/invitations',
      'invitations.list',
      authed((req) => {
        const propertyId = req.query.get('propertyId');
        const invitations = this.invitations.filter((i) => !propertyId || i.properties.includes(propertyId));
        // Like the users list, Apaleo answers an empty result 204 without a body (GUESS for this route).
        if (invitations.length === 0) return { status: 204 };
        return { status: 200, json: { invitations } };
      }),
    );

    s.route(
      'POST',
      '/api/v1/account/invitations',
      'invitations.create',
      authed((req) => {
        const type = String(req.headers['content-type'] ?? '');
        if (!type.includes('json')) return { status: 415, json: { type: 'https://httpstatuses.io/415', title: 'Unsupported Media Type', status: 415 } };
        const body = req.json;
        if (!body || typeof body !== 'object' || Array.isArray(body)) return { status: 400, json: { messages: ['The request body is not a valid CreateInvitationModel.'] } };
        const b = body as Record<string, unknown>;
        const allowed = new Set(['email', 'properties', 'isAccountAdmin', 'roles', 'role']);
        const extra = Object.keys(b).filter((k) => !allowed.has(k));
        if (extra.length > 0) return { status: 400, json: { messages: extra.map((k) => `Could not find member '${k}' on object of type 'CreateInvitationModel'.`) } };
        const messages: string[] = [];
        const email = typeof b.email === 'string' ? b.email : '';
        if (!EMAIL.test(email)) messages.push('Email: The Email field is not a valid e-mail address.');
        const properties = Array.isArray(b.properties) ? b.properties.filter((p): p is string => typeof p === 'string') : [];
        const unknown = properties.filter((p) => !(APALEO_PROPERTIES as readonly string[]).includes(p));
        if (unknown.length > 0) messages.push(`Properties: Unknown properties ${unknown.join(', ')}.`);
        const roles = Array.isArray(b.roles) ? b.roles : [];
        const badRoles = roles.filter((r) => !(this.roles as unknown[]).includes(r));
        if (badRoles.length > 0) messages.push(`Roles: Unknown roles ${badRoles.join(', ')}.`);
        if (b.role !== undefined && !(LEGACY_ROLES as readonly unknown[]).includes(b.role)) messages.push(`Role: Unknown role ${String(b.role)}.`);
        const isAccountAdmin = b.isAccountAdmin === true;
        if (!isAccountAdmin && properties.length === 0) messages.push('Properties: At least one property is required unless the user is an account admin.');
        const lower = email.toLowerCase();
        if (this.users.some((u) => u.email.toLowerCase() === lower)) messages.push(`Email: A user with the email ${email} already exists.`);
        if (this.invitations.some((i) => i.email.toLowerCase() === lower)) messages.push(`Email: ${email} has already been invited.`);
        if (messages.length > 0) return this.invalid(...messages);
        const allRoles = [...new Set([...(roles as string[]), ...(b.role ? [b.role as string] : [])])];
        this.invitations.push({
          email,
          properties: isAccountAdmin ? [] : properties,
          isAccountAdmin,
          roles: isAccountAdmin ? [] : allRoles,
          ...(allRoles[0] && !isAccountAdmin ? { role: legacyRole(allRoles[0]) } : {}),
          invitedBy: this.users[0]!.email,
          created: new Date().toISOString(),
        });
        return { status: 200, json: { email } };
      }),
    );

    s.route(
      'DELETE',
      '/api/v1/account/invitations/:email',
      'invitations.delete',
      authed((req) => {
        const lower = (req.params.email ?? '').toLowerCase();
        const index = this.invitations.findIndex((i) => i.email.toLowerCase() === lower);
        if (index < 0) return this.notFound('Invitation');
        this.invitations.splice(index, 1);
        return { status: 204 };
      }),
    );

    s.route('GET', '/api/v1/roles', 'roles.list', authed(() => ({ status: 200, json: { roles: this.roles } })));

    s.route(
      'GET',
      '/api/v1/users',
      'users.list',
      authed((req) => {
        const q = req.query;
        const messages: string[] = [];
        const pageNumberRaw = q.get('pageNumber');
        const pageSizeRaw = q.get('pageSize');
        const pageNumber = pageNumberRaw == null ? 1 : Number(pageNumberRaw);
        const pageSize = pageSizeRaw == null ? 0 : Number(pageSizeRaw);
        if (!Number.isInteger(pageNumber) || pageNumber < 1) messages.push('PageNumber: The page number must be 1 or greater.');
        if (!Number.isInteger(pageSize)) messages.push('PageSize: The page size must be a number.');
        if (pageSize > 100) messages.push('PageSize: The page size must not be greater than 100.');
        const enabledRaw = q.get('enabled');
        if (enabledRaw != null && enabledRaw !== 'true' && enabledRaw !== 'false') messages.push(`Enabled: The value '${enabledRaw}' is not valid.`);
        if (messages.length > 0) return this.invalid(...messages);
        const propertyIds = q.getAll('propertyIds');
        const email = q.get('email')?.toLowerCase();
        let list = this.users.filter(
          (u) =>
            (propertyIds.length === 0 || u.properties.some((p) => propertyIds.includes(p.id))) &&
            (email == null || u.email.toLowerCase() === email) &&
            (enabledRaw == null || u.enabled === (enabledRaw === 'true')),
        );
        const sorts = q.getAll('sort').filter((v): v is (typeof USER_SORTS)[number] => (USER_SORTS as readonly string[]).includes(v));
        if (sorts.length > 0) {
          list = [...list].sort((a, b) => {
            for (const sort of sorts) {
              const [field, direction] = sort.split(':') as [string, string];
              const key = (u: StoredUser) => (field === 'firstname' ? u.firstName : field === 'lastname' ? u.lastName : u.email).toLowerCase();
              const cmp = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
              if (cmp !== 0) return direction === 'asc' ? cmp : -cmp;
            }
            return 0;
          });
        }
        const page = pageSize > 0 ? list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize) : list;
        if (page.length === 0) return { status: 204 };
        return { status: 200, json: { users: page.map((u) => this.userItem(u)), count: list.length } };
      }),
    );

    s.route(
      'GET',
      '/api/v1/users/me',
      'users.me',
      authed(() => (this.me === 'no-user' ? this.notFound('The current user') : { status: 200, json: this.userModel(this.users[0]!) })),
    );

    s.route(
      'GET',
      '/api/v1/users/:userId',
      'users.get',
      authed((req) => {
        const user = this.users.find((u) => u.subjectId === req.params.userId);
        return user ? { status: 200, json: this.userModel(user) } : this.notFound('User');
      }),
    );

    s.route(
      'PATCH',
      '/api/v1/users/:userId',
      'users.patch',
      authed((req) => {
        const type = String(req.headers['content-type'] ?? '');
        if (!type.includes('json')) return { status: 415, json: { type: 'https://httpstatuses.io/415', title: 'Unsupported Media Type', status: 415 } };
        const user = this.users.find((u) => u.subjectId === req.params.userId);
        if (!user) return this.notFound('User');
        if (!Array.isArray(req.json)) return { status: 400, json: { messages: ['The request body must be a JSON Patch document.'] } };
        const messages: string[] = [];
        const next = { ...user, properties: user.properties.map((p) => ({ ...p, roles: [...p.roles] })) };
        for (const raw of req.json as unknown[]) {
          const op = raw as { op?: unknown; path?: unknown; value?: unknown };
          if (op.op !== 'replace') {
            messages.push(`Operation '${String(op.op)}' on '${String(op.path)}' is not permitted.`);
            continue;
          }
          switch (op.path) {
            case '/firstName':
            case '/lastName':
              if (typeof op.value !== 'string' || op.value.trim() === '') messages.push(`${op.path}: must be a non-empty string.`);
              else next[op.path === '/firstName' ? 'firstName' : 'lastName'] = op.value;
              break;
            case '/isAccountAdmin':
            case '/enabled':
              if (typeof op.value !== 'boolean') messages.push(`${op.path}: must be a boolean.`);
              else next[op.path === '/enabled' ? 'enabled' : 'isAccountAdmin'] = op.value;
              break;
            case '/properties': {
              const value = op.value;
              if (!Array.isArray(value) || value.some((p) => typeof p !== 'string')) {
                messages.push('/properties: must be a list of property ids.');
                break;
              }
              const unknown = value.filter((p) => !(APALEO_PROPERTIES as readonly string[]).includes(p as string));
              if (unknown.length > 0) {
                messages.push(`/properties: Unknown properties ${unknown.join(', ')}.`);
                break;
              }
              next.properties = (value as string[]).map((id) => user.properties.find((p) => p.id === id) ?? { id, roles: [] });
              break;
            }
            default:
              messages.push(`Path '${String(op.path)}' is not permitted.`);
          }
        }
        if (messages.length > 0) return this.invalid(...messages);
        Object.assign(user, next);
        return { status: 204 };
      }),
    );
  }
}
