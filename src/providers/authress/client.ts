/** One typed function per Authress operation idgraph uses; answers are wire types. */
import type { Upstream } from '../../http/http-client.js';
import { segment } from '../../http/ids.js';
import { InputError } from '../../domain/errors.js';
import type { StatusExceptions } from '../../http/status.js';
import type { TokenSource } from '../../http/token-cache.js';
import { Tenant, TenantCollection, UserIdentity, UserIdentityCollection, type TenantUser } from './wire.js';

const ACCEPT = { accept: 'application/links+json, application/json' };

export interface ListUsersParams {
  limit?: number | undefined;
  cursor?: string | null | undefined;
  filter?: string | null | undefined;
  tenantId?: string | null | undefined;
}

/** Where Authress's statuses mean something else than the HTTP core's reading (one place, with reasons). */
export const statusExceptions = {
  /** A list call sent with a cursor: 400 is the cursor, which Authress lets expire (continuation cursors expire). */
  expiredCursor: {
    statuses: [400],
    reason: 'Authress continuation cursors expire; a 400 on a call that sent one is the cursor',
    means: () => new InputError('after', 'AUTHRESS no longer accepts this cursor (continuation cursors expire); start again from the first page', 'authress'),
  },
} as const satisfies StatusExceptions;

export function createAuthressClient(http: Upstream, auth: TokenSource) {
  return {
    async listUsers(params: ListUsersParams) {
      const { data } = await http.request({
        operation: 'getUsers',
        method: 'GET',
        path: '/v1/users',
        query: { limit: params.limit, cursor: params.cursor, filter: params.filter, tenantId: params.tenantId },
        headers: ACCEPT,
        schema: UserIdentityCollection,
        auth,
      });
      return data;
    },

    async getUser(userId: string) {
      const { data } = await http.request({
        operation: 'getUser',
        method: 'GET',
        path: `/v1/users/${segment('authress', userId)}`,
        headers: ACCEPT,
        schema: UserIdentity,
        auth,
      });
      return data;
    },

    /** 202: accepted; Authress deletes the user (and its access records) asynchronously. */
    async deleteUser(userId: string) {
      const { status } = await http.request({
        operation: 'deleteUser',
        method: 'DELETE',
        path: `/v1/users/${segment('authress', userId)}`,
        headers: ACCEPT,
        schema: null,
        auth,
      });
      return { accepted: status === 202 };
    },

    async linkTenantUser(tenantId: string, body: TenantUser) {
      await http.request({
        operation: 'linkTenantUser',
        method: 'PATCH',
        path: `/v1/tenants/${segment('authress', tenantId)}/users`,
        json: body,
        headers: ACCEPT,
        // Linking sets the user's one tenant: sending it twice leaves the same state.
        idempotent: true,
        schema: null,
        auth,
      });
    },

    /**
     * One page of tenants ("a paginated tenants list"): `pagination.next.cursor` is sent back as
     * `?cursor=`, as on every Authress collection (the tenants route documents no parameters, GUESS).
     */
    async getTenants(cursor?: string | null) {
      const { data } = await http.request({
        operation: 'getTenants',
        method: 'GET',
        path: '/v1/tenants',
        query: { cursor: cursor ?? undefined },
        headers: ACCEPT,
        schema: TenantCollection,
        auth,
      });
      return data;
    },

    async getTenant(tenantId: string) {
      const { data } = await http.request({
        operation: 'getTenant',
        method: 'GET',
        path: `/v1/tenants/${segment('authress', tenantId)}`,
        headers: ACCEPT,
        schema: Tenant,
        auth,
      });
      return data;
    },
  };
}

export type AuthressClient = ReturnType<typeof createAuthressClient>;
