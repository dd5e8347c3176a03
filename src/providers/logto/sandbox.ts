/**
 * The Logto Management API simulator: the OIDC client-credentials token endpoint and the routes idgraph
 * uses, at Logto's paths, with Logto's statuses (200 lists and reads, 201 invitation create, 204
 * delete and message, 400/401/403/404/422/501) and its `{ code, message, details?, data? }` error
 * body, `page`/`page_size` paging with `Total-Number` and `Link` headers (without the `/api` prefix, as
 * Logto sends them), and an unpaged invitation list. Seeded with 6 organizations, 5 organization
 * roles, 40 users and 60 invitations in every status. Behaviours taken from a real Logto 1.42.0
 * (shared/specs/logto/real-exchanges-2026-11.json): no email connector by default (501), 10 messages
 * per recipient per 600 s then 429 `request.message_rate_limited`, deleting a user cascades to the
 * invitations it sent or accepted, a Pending invitation past `expiresAt` reads as Expired, invitee
 * matching is case-insensitive, users newest first, roles by name, organizations in storage order (a
 * PATCH moves one to the end). Knobs: `emailConnector`, `messageLimit`, plus the SimServer latency
 * and fault knobs. The data and its invariants are in sandbox-store.ts; this file is the HTTP side.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  bearerToken,
  EMAIL,
  pageLink,
  pageOf,
  receivedType,
  SimServer,
  TokenStore,
  tokenEndpoint,
  validate,
  valueAt,
  type SimRequest,
  type SimResponse,
} from '../../sandbox/kit/index.js';
import { DEFAULT_LOGTO_RESOURCE } from './auth.js';
import {
  LogtoStore,
  randomId,
  USER_SEARCH_FIELDS,
  type StoredInvitation,
  type StoredOrganization,
  type StoredRole,
  type StoredUser,
  type UserSearch,
  type UserSearchField,
} from './sandbox-store.js';
import type { ErrorBody, LogtoUser, Organization, OrganizationInvitation, OrganizationRole, UserOrganization } from './wire.js';

export interface LogtoSandboxOptions {
  appId?: string;
  appSecret?: string;
  resource?: string;
  tokenTtlSeconds?: number;
  seed?: number;
}

export const LOGTO_SANDBOX_APP = { appId: 'idgraph-sandbox-m2m', appSecret: 'sandbox-secret' } as const;

const TENANT = 'default';

type LogtoError = z.input<typeof ErrorBody>;

const ERROR_CODES: Record<number, [code: string, message: string]> = {
  400: ['request.invalid_input', 'Input is invalid.'],
  401: ['auth.unauthorized', 'Unauthorized. Please check credentials and its scope.'],
  403: ['auth.forbidden', 'Forbidden. Please check your user roles and permissions.'],
  404: ['entity.not_found', 'The resource does not exist.'],
  422: ['request.invalid_input', 'Input is invalid.'],
  429: ['request.too_many_requests', 'Too many requests. Please try again later.'],
  501: ['connector.not_found', 'Cannot find any available connector for type: Email.'],
};

function logtoError(status: number, message?: string): { code: string; message: string } {
  const [code, fallback] = ERROR_CODES[status] ?? ['unknown', 'Internal server error.'];
  return { code, message: message ?? fallback };
}

/** The body of POST /api/organization-invitations, checked in Logto's key order (its guard is zod too). */
const CreateInvitationBody = z.object({
  invitee: z.string().regex(EMAIL),
  organizationId: z.string(),
  expiresAt: z.number(),
  inviterId: z.string().nullish(),
  organizationRoleIds: z.array(z.string()).nullish(),
  messagePayload: z.union([z.literal(false), z.record(z.string(), z.unknown())]).nullish(),
});

const InvitationStatusBody = z.object({ status: z.enum(['Accepted', 'Revoked']) });
const SuspendBody = z.object({ isSuspended: z.boolean() });
const OrganizationPatch = z.object({ name: z.string().optional(), description: z.string().nullish() });

/** A JSON object body as Logto reads it (anything else reads as `{}`). */
function objectBody(json: unknown): Record<string, unknown> {
  return json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
}

export class LogtoSandbox extends LogtoStore {
  readonly server: SimServer;
  readonly appId: string;
  readonly appSecret: string;
  readonly resource: string;
  tokenTtlSeconds: number;
  /**
   * Whether an email connector is configured. A fresh Logto has none: every send answers 501
   * `connector.not_found` (recorded). Tests that need sending switch it on.
   */
  emailConnector = false;
  /**
   * Logto's per-recipient message limit: at most `count` messages to one recipient per `windowMs`,
   * then 429 `request.message_rate_limited` without Retry-After (recorded: 10 per 600 s).
   */
  messageLimit: { count: number; windowMs: number } = { count: 10, windowMs: 600_000 };
  /** Send times per recipient (lower-cased invitee). */
  private readonly sendTimes = new Map<string, number[]>();
  /** Messages "sent" (invitation creates with a payload and resends), newest last. */
  readonly sentMessages: { invitationId: string; payload: Record<string, unknown> }[] = [];
  private readonly tokens = new TokenStore(32);

  constructor(options: LogtoSandboxOptions = {}) {
    super(options);
    this.appId = options.appId ?? LOGTO_SANDBOX_APP.appId;
    this.appSecret = options.appSecret ?? LOGTO_SANDBOX_APP.appSecret;
    this.resource = options.resource ?? DEFAULT_LOGTO_RESOURCE;
    this.tokenTtlSeconds = options.tokenTtlSeconds ?? 3600;
    this.server = new SimServer('logto', (status, message) => logtoError(status, message === 'Injected fault' ? undefined : message));
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

  // --- wire shapes -------------------------------------------------------------------------

  private organizationJson(o: StoredOrganization) {
    const { id, name, description, customData, isMfaRequired, createdAt } = o;
    return { tenantId: TENANT, id, name, description, customData, isMfaRequired, color: {}, branding: {}, customCss: null, createdAt } satisfies z.input<
      typeof Organization
    >;
  }

  /** The list route adds `scopes` and `resourceScopes`; the by-id route answers the bare row (recorded). */
  private roleJson(r: StoredRole, withScopes = true) {
    const row = { tenantId: TENANT, id: r.id, name: r.name, description: r.description, type: r.type } satisfies z.input<typeof OrganizationRole>;
    return withScopes ? ({ ...row, scopes: [], resourceScopes: [] } satisfies z.input<typeof OrganizationRole>) : row;
  }

  private userJson(u: StoredUser) {
    return {
      id: u.id,
      username: u.username,
      primaryEmail: u.primaryEmail,
      primaryPhone: null,
      name: u.name,
      avatar: null,
      customData: {},
      identities: {},
      lastSignInAt: u.lastSignInAt,
      createdAt: u.createdAt,
      updatedAt: u.updatedAt,
      profile: { givenName: u.givenName, familyName: u.familyName },
      applicationId: null,
      isSuspended: u.isSuspended,
      hasPassword: false,
    } satisfies z.input<typeof LogtoUser>;
  }

  private invitationJson(i: StoredInvitation) {
    return {
      tenantId: TENANT,
      id: i.id,
      inviterId: i.inviterId,
      invitee: i.invitee,
      acceptedUserId: i.acceptedUserId,
      organizationId: i.organizationId,
      status: this.effectiveStatus(i),
      createdAt: i.createdAt,
      updatedAt: i.updatedAt,
      expiresAt: i.expiresAt,
      organizationRoles: i.organizationRoleIds.map((id) => ({ id, name: this.roleName(id) })),
    } satisfies z.input<typeof OrganizationInvitation>;
  }

  // --- helpers -----------------------------------------------------------------------------

  private requestId(): Record<string, string> {
    return { 'logto-core-request-id': randomBytes(12).toString('base64url').slice(0, 16) };
  }

  private error(status: number, code: string, message: string, extra: Omit<LogtoError, 'code' | 'message'> = {}): SimResponse {
    return { status, json: { code, message, ...extra } satisfies LogtoError, headers: this.requestId() };
  }

  private ok(json: unknown, status = 200, headers: Record<string, string | string[]> = {}): SimResponse {
    return { status, json, headers: { ...this.requestId(), ...headers } };
  }

  private organizationNotFound(id: string): SimResponse {
    return this.error(404, 'entity.not_exists_with_id', `The organizations with ID \`${id}\` does not exist.`);
  }

  private notFound(): SimResponse {
    return this.error(404, 'entity.not_found', 'The resource does not exist.');
  }

  /**
   * Logto's guard error (a ZodError): `data.issues` with Zod's fields. A missing or mistyped value
   * carries `expected`/`received` and the details read "Expected X but received Y." (recorded).
   */
  private guardError(path: string, code: string, message: string, kind: 'body' | 'query' = 'body', extra: Record<string, unknown> = {}): SimResponse {
    const issue = { code, ...extra, path: path ? [path] : [], message };
    const detail = code === 'invalid_type' && 'expected' in extra ? `Expected ${String(extra.expected)} but received ${String(extra.received)}.` : message;
    return this.error(400, 'guard.invalid_input', `The request ${kind} is invalid.`, {
      data: { issues: [issue], name: 'ZodError' },
      details: `Error in key path "${path}": (${code}) ${detail}`,
    });
  }

  private typeError(path: string, expected: string, value: unknown): SimResponse {
    const received = receivedType(value);
    return this.guardError(path, 'invalid_type', value === undefined ? 'Required' : `Expected ${expected}, received ${received}`, 'body', {
      expected,
      received,
    });
  }

  private userNotFound(): SimResponse {
    return this.error(404, 'entity.not_found', 'The resource does not exist.');
  }

  private authorize(req: SimRequest): SimResponse | null {
    if (!req.headers.authorization) return this.error(401, 'auth.authorization_header_missing', 'Authorization header is missing.');
    if (this.tokens.check(bearerToken(req)).ok) return null;
    return this.error(401, 'auth.unauthorized', 'Unauthorized. Please check credentials and its scope.', {
      data: { code: 'ERR_JWS_INVALID', name: 'JWSInvalid' },
    });
  }

  /** Logto's koa-pagination: page ≥ 1, 1 ≤ page_size ≤ 100 (default 20), Total-Number + Link headers. */
  private paginate<T>(req: SimRequest, list: T[], map: (item: T) => unknown): SimResponse {
    const pageRaw = req.query.get('page');
    const sizeRaw = req.query.get('page_size');
    const page = pageRaw == null ? 1 : Number(pageRaw);
    const pageSize = sizeRaw == null ? 20 : Number(sizeRaw);
    if (!Number.isInteger(page) || page < 1 || !Number.isInteger(pageSize) || pageSize < 1 || pageSize > 100) {
      return this.error(400, 'guard.invalid_pagination', 'The pagination value is invalid.');
    }
    const { items, total, lastPage } = pageOf(list, page, pageSize);
    // Links without the /api prefix, as Logto sends them.
    const base = `${this.server.baseUrl}${req.path.replace(/^\/api/, '')}`;
    // One Link header per rel, in this order: first (always), prev, last, next (recorded; the older
    // recorder kept only the last header line, the newer one joined them with ", ").
    const links = [
      pageLink(base, req.query, 1, 'first'),
      ...(page > 1 ? [pageLink(base, req.query, Math.min(page - 1, lastPage), 'prev')] : []),
      pageLink(base, req.query, lastPage, 'last'),
      ...(page < lastPage ? [pageLink(base, req.query, page + 1, 'next')] : []),
    ];
    return this.ok(items.map(map), 200, { 'total-number': String(total), link: links });
  }

  /** Logto's advanced user search over id, primaryEmail, primaryPhone, username and name (exact and like modes). */
  private searchUsers(req: SimRequest): StoredUser[] | SimResponse {
    const q = req.query;
    const caseSensitive = q.get('isCaseSensitive') === 'true';
    const joint = q.get('joint') ?? q.get('jointMode') ?? 'or';
    if (joint !== 'or' && joint !== 'and') return this.guardError('joint', 'invalid_enum_value', "Invalid enum value. Expected 'or' | 'and'", 'query');
    const conditions: UserSearch[] = [];
    for (const key of new Set(q.keys())) {
      if (key !== 'search' && !key.startsWith('search.')) continue;
      const field = key === 'search' ? null : key.slice('search.'.length);
      if (field !== null && !(USER_SEARCH_FIELDS as readonly string[]).includes(field)) {
        return this.error(400, 'request.invalid_input', `Input is invalid. Search field ${field} is not supported.`);
      }
      const mode = q.get(field ? `mode.${field}` : 'mode') ?? q.get('mode') ?? 'like';
      if (mode !== 'exact' && mode !== 'like')
        return this.error(400, 'request.invalid_input', `Input is invalid. The simulator supports the search modes exact and like, not ${mode}.`);
      const values = q.getAll(key);
      if (mode === 'like' && values.length > 1)
        return this.error(400, 'request.invalid_input', 'Input is invalid. Fuzzy search only supports one value per field.');
      conditions.push({ fields: field ? [field as UserSearchField] : USER_SEARCH_FIELDS, values, mode });
    }
    return this.findUsers(conditions, joint, caseSensitive);
  }

  private sendMessage(invitation: Pick<StoredInvitation, 'id' | 'invitee'>, payload: Record<string, unknown>): SimResponse | null {
    if (!this.emailConnector) return this.error(501, 'connector.not_found', 'Cannot find any available connector for type: Email.');
    const now = Date.now();
    const recipient = invitation.invitee.toLowerCase();
    const times = (this.sendTimes.get(recipient) ?? []).filter((t) => t > now - this.messageLimit.windowMs);
    if (times.length >= this.messageLimit.count) {
      this.sendTimes.set(recipient, times);
      // Recorded: no Retry-After header.
      return this.error(429, 'request.message_rate_limited', 'Too many messages sent to this recipient. Please try again later.');
    }
    times.push(now);
    this.sendTimes.set(recipient, times);
    this.sentMessages.push({ invitationId: invitation.id, payload });
    return null;
  }

  // --- routes ------------------------------------------------------------------------------

  private routes(): void {
    const s = this.server;
    const authed =
      (handler: (req: SimRequest) => SimResponse) =>
      (req: SimRequest): SimResponse =>
        this.authorize(req) ?? handler(req);

    tokenEndpoint(s, {
      path: '/oidc/token',
      tokens: this.tokens,
      ttlSeconds: () => this.tokenTtlSeconds,
      scope: 'all',
      headers: () => this.requestId(),
      grant: ({ req, clientId, clientSecret, grantType }) => {
        if (clientId !== this.appId || clientSecret !== this.appSecret) {
          return {
            status: 401,
            json: {
              code: 'oidc.invalid_client',
              message: 'An OIDC error occurred: oidc.invalid_client.',
              error: 'invalid_client',
              error_description: 'client authentication failed',
            } satisfies LogtoError,
            headers: {
              'cache-control': 'no-store',
              'www-authenticate': `Basic realm="${this.server.baseUrl}/oidc", error="invalid_client", error_description="client authentication failed"`,
              ...this.requestId(),
            },
          };
        }
        if (grantType !== 'client_credentials') {
          return this.error(400, 'oidc.unsupported_grant_type', 'An OIDC error occurred: oidc.unsupported_grant_type.', {
            error: 'unsupported_grant_type',
            error_description: 'unsupported grant_type requested',
          });
        }
        if (req.form.get('resource') !== this.resource) {
          return this.error(400, 'oidc.invalid_target', 'An OIDC error occurred: oidc.invalid_target.', {
            error: 'invalid_target',
            error_description: 'resource indicator is missing, or unknown',
          });
        }
        return { data: undefined };
      },
    });

    // Organization invitations: not paged; page/page_size and any unknown parameter (status) are ignored.
    s.route(
      'GET',
      '/api/organization-invitations',
      'invitations.list',
      authed((req) => {
        const organizationId = req.query.get('organizationId');
        const inviterId = req.query.get('inviterId');
        const invitee = req.query.get('invitee');
        const list = this.invitations.filter(
          (i) =>
            (organizationId == null || i.organizationId === organizationId) &&
            (inviterId == null || i.inviterId === inviterId) &&
            (invitee == null || this.sameEmail(i.invitee, invitee)),
        );
        // Logto lists newest first.
        return this.ok([...list].sort((a, b) => b.createdAt - a.createdAt).map((i) => this.invitationJson(i)));
      }),
    );

    s.route(
      'POST',
      '/api/organization-invitations',
      'invitations.create',
      authed((req) => {
        const b = req.json;
        if (!b || typeof b !== 'object' || Array.isArray(b)) return this.guardError('', 'invalid_type', 'Expected object, received ' + typeof b);
        const parsed = validate(CreateInvitationBody, b, (issues, input) => {
          // The first issue, in Logto's wording (zod 3 messages, as its guard sends them).
          const issue = issues[0]!;
          const key = String(issue.path[0] ?? '');
          if (key === 'invitee' && issue.code !== 'invalid_type')
            return this.guardError('invitee', 'invalid_string', 'Invalid email', 'body', { validation: 'email' });
          if (key === 'organizationRoleIds') return this.guardError('organizationRoleIds', 'invalid_type', 'Expected array of strings');
          if (key === 'messagePayload') return this.guardError('messagePayload', 'invalid_union', 'Invalid input');
          return this.typeError(key, key === 'expiresAt' ? 'number' : 'string', valueAt(input, [key]));
        });
        if (!parsed.ok) return parsed.response;
        const body = parsed.data;
        const roleIds = body.organizationRoleIds ?? [];
        const payload = body.messagePayload ?? false;
        if (body.expiresAt <= Date.now()) return this.error(400, 'request.invalid_input', 'Input is invalid. The value of `expiresAt` must be in the future.');
        const invitee = body.invitee;
        const organizationId = body.organizationId;
        if (
          !this.organizations.some((o) => o.id === organizationId) ||
          roleIds.some((id) => !this.roles.some((r) => r.id === id)) ||
          (body.inviterId != null && !this.users.some((u) => u.id === body.inviterId))
        ) {
          return this.error(
            422,
            'entity.relation_foreign_key_not_found',
            'Cannot find one or more foreign keys. Please check the input and ensure that all referenced entities exist.',
          );
        }
        // Real Logto refuses to invite a member (recorded) and matches the invitee case-insensitively.
        const members = this.memberships.get(organizationId);
        if (this.users.some((u) => this.sameEmail(u.primaryEmail, invitee) && members?.has(u.id))) {
          return this.error(422, 'request.invalid_input', 'Input is invalid. The invitee is already a member of the organization.');
        }
        // Only a Pending invitation that has not expired blocks a new one (recorded: 201 after expiry).
        const now0 = Date.now();
        if (
          this.invitations.some((i) => this.effectiveStatus(i, now0) === 'Pending' && this.sameEmail(i.invitee, invitee) && i.organizationId === organizationId)
        ) {
          return this.error(422, 'entity.unique_integrity_violation', 'The entity already exists. Please check the input and try again.');
        }
        const now = Date.now();
        const invitation: StoredInvitation = {
          id: randomId(21),
          inviterId: body.inviterId ?? null,
          invitee,
          acceptedUserId: null,
          organizationId,
          status: 'Pending',
          createdAt: now,
          updatedAt: now,
          expiresAt: body.expiresAt,
          organizationRoleIds: [...new Set(roleIds)],
        };
        // Logto inserts and sends in one transaction: a failed send creates nothing.
        if (payload !== false) {
          const failed = this.sendMessage(invitation, payload);
          if (failed) return failed;
        }
        this.invitations.push(invitation);
        return this.ok(this.invitationJson(invitation), 201);
      }),
    );

    s.route(
      'GET',
      '/api/organization-invitations/:id',
      'invitations.get',
      authed((req) => {
        const found = this.invitations.find((i) => i.id === req.params.id);
        return found ? this.ok(this.invitationJson(found)) : this.notFound();
      }),
    );

    s.route(
      'DELETE',
      '/api/organization-invitations/:id',
      'invitations.delete',
      authed((req) => {
        const index = this.invitations.findIndex((i) => i.id === req.params.id);
        if (index < 0) return this.notFound();
        this.invitations.splice(index, 1);
        return { status: 204, headers: this.requestId() };
      }),
    );

    s.route(
      'POST',
      '/api/organization-invitations/:id/message',
      'invitations.message',
      authed((req) => {
        const found = this.invitations.find((i) => i.id === req.params.id);
        if (!found) return this.notFound();
        const payload = req.json;
        if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return this.guardError('', 'invalid_type', 'Expected object');
        // Logto sends whatever the status (it does not refuse an accepted, revoked or expired invitation).
        const failed = this.sendMessage(found, payload as Record<string, unknown>);
        return failed ?? { status: 204, headers: this.requestId() };
      }),
    );

    s.route(
      'PUT',
      '/api/organization-invitations/:id/status',
      'invitations.status',
      authed((req) => {
        const body = objectBody(req.json);
        const parsed = validate(InvitationStatusBody, body, () => {
          const received = body.status;
          return this.error(400, 'guard.invalid_input', 'The request body is invalid.', {
            data: {
              issues: [
                {
                  received,
                  code: 'invalid_enum_value',
                  options: ['Accepted', 'Revoked'],
                  path: ['status'],
                  message: `Invalid enum value. Expected 'Accepted' | 'Revoked', received '${String(received)}'`,
                },
              ],
              name: 'ZodError',
            },
            details: `Error in key path "status": (invalid_enum_value) Invalid enum value. Expected 'Accepted' | 'Revoked', received '${String(received)}'`,
          });
        });
        if (!parsed.ok) return parsed.response;
        const status = parsed.data.status;
        const found = this.invitations.find((i) => i.id === req.params.id);
        if (!found) return this.notFound();
        const acceptedUserId = typeof body.acceptedUserId === 'string' ? body.acceptedUserId : null;
        if (status === 'Accepted') {
          if (!acceptedUserId)
            return this.error(422, 'request.invalid_input', 'Input is invalid. The `acceptedUserId` is required when accepting an invitation.');
          if (!this.users.some((u) => u.id === acceptedUserId)) return this.notFound();
        }
        if (this.effectiveStatus(found) !== 'Pending') {
          return this.error(422, 'request.invalid_input', 'Input is invalid. The status of the invitation cannot be changed anymore.');
        }
        if (status === 'Accepted') {
          const user = this.users.find((u) => u.id === acceptedUserId)!;
          if (!this.sameEmail(user.primaryEmail, found.invitee)) {
            return this.error(422, 'request.invalid_input', 'Input is invalid. The email of the accepted user does not match the invitee.');
          }
        }
        this.settleInvitation(found, status, acceptedUserId);
        return this.ok(this.invitationJson(found));
      }),
    );

    s.route(
      'GET',
      '/api/organizations',
      'organizations.list',
      authed((req) => {
        const q = req.query.get('q')?.toLowerCase();
        const list = this.organizations.filter((o) => !q || o.id.toLowerCase().includes(q) || o.name.toLowerCase().includes(q));
        return this.paginate(req, list, (o) => this.organizationJson(o));
      }),
    );

    s.route(
      'GET',
      '/api/organizations/:id',
      'organizations.get',
      authed((req) => {
        const found = this.organizations.find((o) => o.id === req.params.id);
        return found ? this.ok(this.organizationJson(found)) : this.organizationNotFound(req.params.id!);
      }),
    );

    // Not used by idgraph: here so tests can see that an update moves an organization in the list order.
    s.route(
      'PATCH',
      '/api/organizations/:id',
      'organizations.update',
      authed((req) => {
        const found = this.organizations.find((o) => o.id === req.params.id);
        if (!found) return this.organizationNotFound(req.params.id!);
        const parsed = validate(OrganizationPatch, objectBody(req.json), (issues, input) => {
          const key = String(issues[0]!.path[0]);
          return this.typeError(key, 'string', valueAt(input, [key]));
        });
        if (!parsed.ok) return parsed.response;
        const body = parsed.data;
        if (body.name !== undefined) found.name = body.name;
        if (body.description !== undefined) found.description = body.description;
        this.touchOrganization(found.id);
        return this.ok(this.organizationJson(found));
      }),
    );

    s.route(
      'GET',
      '/api/organizations/:id/users',
      'organizations.users',
      authed((req) => {
        // Real Logto answers an unknown organization with 200 [] and Total-Number 0 (recorded).
        const members = this.memberships.get(req.params.id!) ?? new Map<string, string[]>();
        const q = req.query.get('q')?.toLowerCase();
        const list = this.usersNewestFirst().filter(
          (u) => members.has(u.id) && (!q || [u.id, u.username, u.primaryEmail, u.name].some((v) => v != null && v.toLowerCase().includes(q))),
        );
        return this.paginate(req, list, (u) => {
          const { hasPassword: _omitted, ...json } = this.userJson(u);
          const roles = (members.get(u.id) ?? []).map((id) => ({ id, name: this.roleName(id) }));
          return { ...json, organizationRoles: roles } satisfies z.input<typeof LogtoUser>;
        });
      }),
    );

    s.route(
      'GET',
      '/api/organization-roles',
      'roles.list',
      authed((req) => {
        const q = req.query.get('q')?.toLowerCase();
        // Real Logto lists organization roles by name.
        const list = this.roles
          .filter((r) => !q || r.id.toLowerCase().includes(q) || r.name.toLowerCase().includes(q))
          .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        return this.paginate(req, list, (r) => this.roleJson(r));
      }),
    );

    s.route(
      'GET',
      '/api/organization-roles/:id',
      'roles.get',
      authed((req) => {
        const found = this.roles.find((r) => r.id === req.params.id);
        return found ? this.ok(this.roleJson(found, false)) : this.notFound();
      }),
    );

    s.route(
      'GET',
      '/api/users',
      'users.list',
      authed((req) => {
        const result = this.searchUsers(req);
        if (!Array.isArray(result)) return result;
        return this.paginate(req, result, (u) => this.userJson(u));
      }),
    );

    s.route(
      'PATCH',
      '/api/users/:userId/is-suspended',
      'users.suspend',
      authed((req) => {
        const user = this.users.find((u) => u.id === req.params.userId);
        if (!user) return this.userNotFound();
        const parsed = validate(SuspendBody, objectBody(req.json), () => this.guardError('isSuspended', 'invalid_type', 'Required'));
        if (!parsed.ok) return parsed.response;
        user.isSuspended = parsed.data.isSuspended;
        user.updatedAt = Date.now();
        return this.ok(this.userJson(user));
      }),
    );

    s.route(
      'DELETE',
      '/api/users/:userId',
      'users.delete',
      authed((req) => {
        const index = this.users.findIndex((u) => u.id === req.params.userId);
        if (index < 0) return this.userNotFound();
        this.deleteUser(index);
        return { status: 204, headers: this.requestId() };
      }),
    );

    s.route(
      'GET',
      '/api/users/:userId/organizations',
      'users.organizations',
      authed((req) => {
        const user = this.users.find((u) => u.id === req.params.userId);
        if (!user) return this.userNotFound();
        const list = this.organizations.flatMap((o) => {
          const roles = this.memberships.get(o.id)?.get(user.id);
          if (!roles) return [];
          return [
            { ...this.organizationJson(o), organizationRoles: roles.map((id) => ({ id, name: this.roleName(id) })) } satisfies z.input<typeof UserOrganization>,
          ];
        });
        return this.ok(list);
      }),
    );

    s.route(
      'GET',
      '/api/users/:userId',
      'users.get',
      authed((req) => {
        const found = this.users.find((u) => u.id === req.params.userId);
        return found ? this.ok(this.userJson(found)) : this.userNotFound();
      }),
    );
  }
}
