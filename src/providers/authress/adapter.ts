/**
 * Authress behind the IdentityProvider port: users (list, get, asynchronous delete), tenants (list,
 * get, link a user). See README.md in this folder for the choices made where Authress's documents
 * are silent, and for how a user's tenant is found.
 */
import { InputError, NotFoundError, ProviderError } from '../../domain/errors.js';
import { mapStatus, orNotFound, orNull } from '../../http/status.js';
import { forwardPage, type PageArgs } from '../../domain/paging.js';
import { boundPort, type ListUsersOptions, type ProviderAdapter, type UserFilter } from '../../domain/provider.js';
import { requestCatalog, type UpstreamCallContext } from '../../http/call-context.js';
import type { Tenant, User } from '../../domain/types.js';
import type { CatalogCache } from '../../shared/catalog-cache.js';
import { HttpClient, type HttpClientOptions } from '../../http/http-client.js';
import { authressTokenSource, type AuthressAccessKey } from './auth.js';
import { createAuthressClient, statusExceptions } from './client.js';
import { toTenant, toUser } from './map.js';
import { AUTHRESS_PAGE_OPTIONS, nextCursor, pageUsers } from './paging.js';
import { ErrorBody, FILTER_MAX, TENANT_ID_MAX, TENANT_ID_PATTERN, USERS_LIMIT_MAX } from './wire.js';

export interface AuthressProviderOptions {
  mode: 'sandbox' | 'live';
  baseUrl: string;
  accessKey: AuthressAccessKey;
  http?: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
  /** Issue 16: the shared catalog cache (tenants and tenant membership); none = every request reads Authress. */
  catalogs?: CatalogCache | undefined;
}

export function describeAuthressError(_status: number, body: unknown): { code?: string | null; message?: string | null } {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return {};
  return { code: parsed.data.errorCode ?? null, message: parsed.data.title || parsed.data.detail || null };
}

function checkTenantId(field: string, tenantId: string): void {
  if (tenantId.length > TENANT_ID_MAX || !TENANT_ID_PATTERN.test(tenantId)) {
    throw new InputError(field, `must be 1–${TENANT_ID_MAX} characters of letters, digits and - _ . : (AUTHRESS tenant ids)`, 'authress');
  }
}

export function createAuthressProvider(options: AuthressProviderOptions) {
  const http = new HttpClient({ ...options.http, provider: 'authress', baseUrl: options.baseUrl, describeError: describeAuthressError });
  const tokens = authressTokenSource(options.baseUrl, options.accessKey);
  http.bindTokens(tokens); // readiness warms the token up before the first call
  // The shared parts above; the adapter below is bound to one request's upstream call context (or none).
  return boundPort(http, (call) => bindAuthress(options, createAuthressClient(http.forCall(call), tokens), call));
}

function bindAuthress(options: AuthressProviderOptions, client: ReturnType<typeof createAuthressClient>, call: UpstreamCallContext | undefined) {
  const key = call?.cursorKey;

  async function getUser(id: string): Promise<User | null> {
    const user = await orNull(client.getUser(id));
    return user && toUser(user);
  }

  /**
   * Tenants page by page, following `pagination.next.cursor`, until the last page or until `done()`
   * says enough. A cursor that comes back twice is an upstream error, not an endless walk.
   */
  async function walkTenants(visit: (tenant: Tenant) => void, done: () => boolean = () => false): Promise<void> {
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = await client.getTenants(cursor);
      for (const tenant of page.tenants) visit(toTenant(tenant));
      cursor = nextCursor(page);
      if (cursor != null) {
        if (seen.has(cursor)) {
          throw new ProviderError({
            provider: 'authress',
            operation: 'getTenants',
            code: 'UPSTREAM_ERROR',
            message: 'authress getTenants answered the same next cursor twice; the tenants walk stopped',
          });
        }
        seen.add(cursor);
      }
    } while (cursor && !done());
  }

  async function allTenants(): Promise<Tenant[]> {
    const tenants: Tenant[] = [];
    await walkTenants((t) => tenants.push(t));
    return tenants;
  }

  /** Every user of one tenant, following cursors; stops early once `done()` says so. */
  async function walkTenant(tenantId: string, visit: (userId: string) => void, done: () => boolean): Promise<void> {
    let cursor: string | null = null;
    do {
      const page = await client.listUsers({ tenantId, limit: USERS_LIMIT_MAX, cursor });
      for (const user of page.users) visit(user.userId);
      cursor = nextCursor(page);
    } while (cursor && !done());
  }

  /** Every tenant, and each user's tenant, from the shared catalog cache (issue 16; ~0 calls when warm). */
  function sharedMembership(catalogs: CatalogCache): Promise<[Tenant[], Record<string, string>]> {
    return Promise.all([
      catalogs.get('tenants', () => allTenants()),
      catalogs.get('membership', async () => {
        const all: Record<string, string> = {};
        const list = await catalogs.get('tenants', () => allTenants());
        await Promise.all(
          list.map((t) =>
            walkTenant(
              t.id,
              (userId) => void (all[userId] = t.id),
              () => false,
            ),
          ),
        );
        return all;
      }),
    ]);
  }

  /**
   * The tenants list for this request (no shared cache). A users list whose `tenants` field is
   * selected starts it when the list starts (issue 15), so it runs beside the users page instead of
   * after it; the walk of each tenant's members still waits for the users, since it stops as soon as
   * every listed user is placed (the fewest calls).
   */
  const TENANTS = 'authress:tenants';
  function requestTenants(ahead = false): Promise<Tenant[]> {
    return requestCatalog(call, TENANTS, () => allTenants(), ahead);
  }

  /** The look-ahead of a users list: the tenants list starts now when the caller selected `tenants`. */
  function lookAhead(listOptions: ListUsersOptions | undefined): void {
    if (!listOptions?.fields?.includes('tenants')) return;
    if (options.catalogs) void sharedMembership(options.catalogs).catch(() => {});
    else void requestTenants(true);
  }

  return {
    id: 'authress',
    mode: options.mode,
    baseUrl: options.baseUrl,
    userFilters: ['search', 'tenantId'],
    invitationFilters: [],
    userFilterForTenant: (tenantId) => ({ tenantId }),

    async listUsers(filter: UserFilter, args: PageArgs, listOptions?: ListUsersOptions) {
      if (filter.search != null && (filter.search.length === 0 || filter.search.length > FILTER_MAX)) {
        throw new InputError('filter.search', `must be 1–${FILTER_MAX} characters for AUTHRESS`, 'authress');
      }
      if (filter.tenantId != null) checkTenantId('filter.tenantId', filter.tenantId);
      lookAhead(listOptions);
      return pageUsers(
        filter,
        args,
        async (cursor, limit) => {
          const pending = client.listUsers({ limit, cursor, filter: filter.search, tenantId: filter.tenantId });
          const page = await (cursor ? mapStatus(pending, statusExceptions.expiredCursor) : pending);
          return { items: page.users.map(toUser), next: nextCursor(page) };
        },
        key,
      );
    },

    async getUsers(ids) {
      // Authress has no batch read: one GET per distinct id (the loader dedupes).
      return Promise.all(ids.map(getUser));
    },

    async findUsersByEmail(email) {
      if (email.length > FILTER_MAX) return [];
      const wanted = email.toLowerCase();
      const found: User[] = [];
      let cursor: string | null = null;
      do {
        const page = await client.listUsers({ filter: email, limit: USERS_LIMIT_MAX, cursor });
        for (const user of page.users) if (user.email?.toLowerCase() === wanted) found.push(toUser(user));
        cursor = nextCursor(page);
      } while (cursor);
      return found;
    },

    async deleteUser(id) {
      await orNotFound(client.deleteUser(id), { kind: 'User', id });
      // 202: Authress removes the user and its access records asynchronously.
      return { pending: true };
    },

    async addUserToTenant(userId, tenantId) {
      checkTenantId('input.tenantId', tenantId);
      const user = await getUser(userId);
      if (!user) throw new NotFoundError('authress', 'User', userId);
      try {
        // The user exists (read just above), so a 404 here is the tenant.
        await orNotFound(client.linkTenantUser(tenantId, { userId }), { kind: 'Tenant', id: tenantId });
      } finally {
        // Linked, or the link may have happened (outcome unknown): drop the shared membership either way.
        await options.catalogs?.invalidate('membership');
      }
      return user;
    },

    async tenantsOfUsers(userIds) {
      const catalogs = options.catalogs;
      // The whole membership from the shared cache (issue 16; ~0 calls when warm).
      if (catalogs) {
        const [tenants, membership] = await sharedMembership(catalogs);
        const byId = new Map(tenants.map((t) => [t.id, t]));
        return userIds.map((id) => {
          const tenant = membership[id] ? byId.get(membership[id]) : undefined;
          return tenant ? [tenant] : [];
        });
      }
      // Authress users carry no tenant and a user belongs to at most one tenant. One tenants call
      // (started with the users list when it selected `tenants`), then each tenant's users
      // (?tenantId=, 100 a page, all tenants concurrently) until every asked user is placed: the cost
      // grows with tenants, not with the users asked about.
      const tenants = await requestTenants();
      const wanted = new Set(userIds);
      const tenantOf = new Map<string, Tenant>();
      await Promise.all(
        tenants.map((tenant) =>
          walkTenant(
            tenant.id,
            (userId) => {
              if (wanted.has(userId)) tenantOf.set(userId, tenant);
            },
            () => tenantOf.size >= wanted.size,
          ),
        ),
      );
      return userIds.map((id) => {
        const tenant = tenantOf.get(id);
        return tenant ? [tenant] : [];
      });
    },

    // No listRoles/getRoles: Authress roles are not exposed by idgraph yet (so no LIST_ROLES).

    async listTenants(args: PageArgs) {
      // GET /v1/tenants is paged by Authress (`pagination.next.cursor`, no limit parameter): forward
      // only, like users. totalCount is known only when the whole list came in one page.
      return forwardPage(
        args,
        { provider: 'authress', list: 'tenants', key },
        {
          upstreamMax: USERS_LIMIT_MAX,
          fetch: async (cursor) => {
            const pending = client.getTenants(cursor);
            const page = await (cursor ? mapStatus(pending, statusExceptions.expiredCursor) : pending);
            const next = nextCursor(page);
            return { items: page.tenants.map(toTenant), next, totalCount: cursor == null && next == null ? page.tenants.length : null };
          },
        },
        AUTHRESS_PAGE_OPTIONS,
      );
    },

    async getTenants(ids) {
      // One id: GET /v1/tenants/{id}. Several: one list call answers them all (fewer calls).
      if (ids.length === 1) {
        const tenant = await orNull(client.getTenant(ids[0]!));
        return [tenant && toTenant(tenant)];
      }
      // Several: walk the tenant pages until every asked id is found (or the list ends).
      const wanted = new Set(ids);
      const byId = new Map<string, Tenant>();
      await walkTenants(
        (t) => {
          if (wanted.has(t.id)) byId.set(t.id, t);
        },
        () => byId.size >= wanted.size,
      );
      return ids.map((id) => byId.get(id) ?? null);
    },
  } satisfies Omit<ProviderAdapter, 'health' | 'close'>;
}
