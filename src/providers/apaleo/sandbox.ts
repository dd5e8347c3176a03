/**
 * The Apaleo Identity v1 simulator: the token endpoint and the eight operations at Apaleo's paths,
 * with Apaleo's statuses (200/204 success, 204 past the last page, 401, 404, 415, 422 with
 * `{ messages }`) and the lenient choices written down in README.md. Seeded with demo data. The data
 * and its invariants are in sandbox-store.ts; this file is the HTTP side.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  bearerToken,
  isEmail,
  isJsonRequest,
  pageOf,
  SimServer,
  TokenStore,
  tokenEndpoint,
  validate,
  type SimRequest,
  type SimResponse,
} from '../../sandbox/kit/index.js';
import { ApaleoStore, isProperty, type StoredUser } from './sandbox-store.js';
import {
  LEGACY_ROLES,
  USER_SORTS,
  type ErrorBody,
  type InvitationListModel,
  type InvitedUserToAccountResponseModel,
  type RoleListModel,
  type UserItemModel,
  type UserModel,
  type UsersListModel,
} from './wire.js';

export { APALEO_PROPERTIES } from './sandbox-store.js';

export interface ApaleoSandboxOptions {
  clientId?: string;
  clientSecret?: string;
  tokenTtlSeconds?: number;
  users?: number;
  seed?: number;
}

export const APALEO_SANDBOX_CLIENT = { clientId: 'idgraph-sandbox', clientSecret: 'sandbox-secret' } as const;

type Problem = z.input<typeof ErrorBody>;

function problem(status: number, title: string): Problem {
  return { type: `https://httpstatuses.io/${status}`, title, status };
}

/** CreateInvitationModel's members: any other member is refused, as ASP.NET's binder does. */
const CreateInvitationMembers = z
  .strictObject({ email: z.unknown(), properties: z.unknown(), isAccountAdmin: z.unknown(), roles: z.unknown(), role: z.unknown() })
  .partial();

export class ApaleoSandbox extends ApaleoStore {
  readonly server: SimServer;
  readonly clientId: string;
  readonly clientSecret: string;
  tokenTtlSeconds: number;
  private readonly tokens = new TokenStore();
  /**
   * What GET /users/me answers. 'service-user': the first seeded user (the default). 'no-user': a
   * client-credentials token acts as no user, so Apaleo has none to answer (404 ProblemDetails, GUESS).
   */
  me: 'service-user' | 'no-user' = 'service-user';

  constructor(options: ApaleoSandboxOptions = {}) {
    super(options);
    this.clientId = options.clientId ?? APALEO_SANDBOX_CLIENT.clientId;
    this.clientSecret = options.clientSecret ?? APALEO_SANDBOX_CLIENT.clientSecret;
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
    this.server = new SimServer(
      'apaleo',
      (status, message): Problem =>
        status === 400 || status === 422 ? { messages: [message] } : { ...problem(status, message), traceId: randomBytes(8).toString('hex') },
    );
    this.routes();
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

  private authorize(req: SimRequest): SimResponse | null {
    const token = bearerToken(req);
    if (this.tokens.check(token).ok) return null;
    return {
      status: 401,
      json: problem(401, 'Unauthorized') satisfies Problem,
      headers: { 'www-authenticate': token ? 'Bearer error="invalid_token", error_description="The token expired"' : 'Bearer' },
    };
  }

  private notFound(what: string): SimResponse {
    return { status: 404, json: problem(404, `${what} not found`) };
  }

  private invalid(...messages: string[]): SimResponse {
    return { status: 422, json: { messages } satisfies Problem };
  }

  private unsupportedMediaType(): SimResponse {
    return { status: 415, json: problem(415, 'Unsupported Media Type') };
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
    } satisfies z.input<typeof UserItemModel>;
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
    } satisfies z.input<typeof UserModel>;
  }

  private routes(): void {
    const s = this.server;
    const authed =
      (handler: (req: SimRequest) => SimResponse) =>
      (req: SimRequest): SimResponse =>
        this.authorize(req) ?? handler(req);

    tokenEndpoint(s, {
      path: '/connect/token',
      tokens: this.tokens,
      ttlSeconds: () => this.tokenTtlSeconds,
      scope: 'identity:account-users.manage',
      grant: ({ grantType, clientId, clientSecret }) => {
        if (grantType !== 'client_credentials') return { status: 400, json: { error: 'unsupported_grant_type' } satisfies Problem };
        if (clientId !== this.clientId || clientSecret !== this.clientSecret) return { status: 400, json: { error: 'invalid_client' } satisfies Problem };
        return { data: undefined };
      },
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
        return { status: 200, json: { invitations } satisfies z.input<typeof InvitationListModel> };
      }),
    );

    s.route(
      'POST',
      '/api/v1/account/invitations',
      'invitations.create',
      authed((req) => {
        if (!isJsonRequest(req)) return this.unsupportedMediaType();
        const members = validate(CreateInvitationMembers, req.json, (issues) => {
          const extra = issues.flatMap((issue) => (issue.code === 'unrecognized_keys' ? issue.keys : []));
          const messages =
            extra.length > 0
              ? extra.map((k) => `Could not find member '${k}' on object of type 'CreateInvitationModel'.`)
              : ['The request body is not a valid CreateInvitationModel.'];
          return { status: 400, json: { messages } satisfies Problem };
        });
        if (!members.ok) return members.response;
        const b = members.data;
        const messages: string[] = [];
        const email = typeof b.email === 'string' ? b.email : '';
        if (!isEmail(email)) messages.push('Email: The Email field is not a valid e-mail address.');
        const properties = Array.isArray(b.properties) ? b.properties.filter((p): p is string => typeof p === 'string') : [];
        const unknown = properties.filter((p) => !isProperty(p));
        if (unknown.length > 0) messages.push(`Properties: Unknown properties ${unknown.join(', ')}.`);
        const roles = Array.isArray(b.roles) ? b.roles : [];
        const badRoles = roles.filter((r) => !(this.roles as unknown[]).includes(r));
        if (badRoles.length > 0) messages.push(`Roles: Unknown roles ${badRoles.join(', ')}.`);
        if (b.role !== undefined && !(LEGACY_ROLES as readonly unknown[]).includes(b.role)) messages.push(`Role: Unknown role ${String(b.role)}.`);
        const isAccountAdmin = b.isAccountAdmin === true;
        if (!isAccountAdmin && properties.length === 0) messages.push('Properties: At least one property is required unless the user is an account admin.');
        if (this.hasUserWithEmail(email)) messages.push(`Email: A user with the email ${email} already exists.`);
        if (this.invitationIndex(email) >= 0) messages.push(`Email: ${email} has already been invited.`);
        if (messages.length > 0) return this.invalid(...messages);
        const allRoles = [...new Set([...(roles as string[]), ...(b.role ? [b.role as string] : [])])];
        this.invite(email, properties, isAccountAdmin, allRoles);
        return { status: 200, json: { email } satisfies z.input<typeof InvitedUserToAccountResponseModel> };
      }),
    );

    s.route(
      'DELETE',
      '/api/v1/account/invitations/:email',
      'invitations.delete',
      authed((req) => {
        const index = this.invitationIndex(req.params.email ?? '');
        if (index < 0) return this.notFound('Invitation');
        this.invitations.splice(index, 1);
        return { status: 204 };
      }),
    );

    s.route(
      'GET',
      '/api/v1/roles',
      'roles.list',
      authed(() => ({ status: 200, json: { roles: this.roles } satisfies z.input<typeof RoleListModel> })),
    );

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
          // Each user's sort keys computed once, not in every comparison (a list of hundreds sorted on
          // every page request was most of the simulator's time per request).
          const orders = sorts.map((sort) => {
            const [field, direction] = sort.split(':') as [string, string];
            return { field, sign: direction === 'asc' ? 1 : -1 };
          });
          const keyed = list.map((u) => ({
            u,
            keys: orders.map((o) => (o.field === 'firstname' ? u.firstName : o.field === 'lastname' ? u.lastName : u.email).toLowerCase()),
          }));
          keyed.sort((a, b) => {
            for (let i = 0; i < orders.length; i += 1) {
              const x = a.keys[i]!;
              const y = b.keys[i]!;
              if (x !== y) return x < y ? -orders[i]!.sign : orders[i]!.sign;
            }
            return 0;
          });
          list = keyed.map((k) => k.u);
        }
        // No pageSize: the whole list. An empty page (none match, or past the last page) is 204 without a body.
        const page = pageOf(list, pageNumber, pageSize).items;
        if (page.length === 0) return { status: 204 };
        return { status: 200, json: { users: page.map((u) => this.userItem(u)), count: list.length } satisfies z.input<typeof UsersListModel> };
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
        const user = this.userById(req.params.userId);
        return user ? { status: 200, json: this.userModel(user) } : this.notFound('User');
      }),
    );

    s.route(
      'PATCH',
      '/api/v1/users/:userId',
      'users.patch',
      authed((req) => {
        if (!isJsonRequest(req)) return this.unsupportedMediaType();
        const user = this.userById(req.params.userId);
        if (!user) return this.notFound('User');
        if (!Array.isArray(req.json)) return { status: 400, json: { messages: ['The request body must be a JSON Patch document.'] } satisfies Problem };
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
              const unknown = value.filter((p) => !isProperty(p as string));
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
