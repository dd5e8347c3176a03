/** One typed function per Logto Management API operation idgraph uses; answers are wire types. */
import type { Upstream, QueryValue } from '../../http/http-client.js';
import { segment } from '../../http/ids.js';
import { EmailConnectorMissingError } from '../../domain/errors.js';
import type { StatusExceptions } from '../../http/status.js';
import type { TokenSource } from '../../http/token-cache.js';
import {
  LogtoUser,
  LogtoUserList,
  Organization,
  OrganizationInvitation,
  OrganizationInvitationList,
  OrganizationList,
  OrganizationRole,
  OrganizationRoleList,
  UserOrganizationList,
  type CreateInvitationBody,
  type StatusBody,
} from './wire.js';

import type { CatalogCache } from '../../shared/catalog-cache.js';

/** Where Logto's statuses mean something else than the HTTP core's reading (one place, with reasons). */
export const statusExceptions = {
  /** Creating or sending an invitation email: 501 is "no email connector configured" (nothing was sent). */
  connectorMissing: (operation: string) => ({
    statuses: [501],
    reason: 'Logto answers 501 when asked to send an email without an email connector configured',
    means: () => new EmailConnectorMissingError('logto', operation),
  }),
} as const satisfies StatusExceptions;

/** One page of a paged Logto list: its items and the Total-Number header. */

export interface LogtoPage<T> {
  items: T[];
  total: number;
}

export interface PageParams {
  page: number;
  pageSize: number;
}

/** Filters of `GET /api/users` (Logto's advanced user search). */
export interface UserSearch {
  /** Fuzzy search over id, primaryEmail, primaryPhone, username and name. */
  search?: string | undefined;
  /** Exact matches per field; several values of one field are ORed. */
  exact?: Partial<Record<'id' | 'primaryEmail' | 'username', readonly string[]>>;
}

function totalNumber(headers: Record<string, string | string[] | undefined>, fallback: number): number {
  const raw = headers['total-number'];
  const value = Number(Array.isArray(raw) ? raw[0] : raw);
  return Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** One checked, escaped path segment (ids outside Logto's alphabet, `.` and `..` are BAD_USER_INPUT). */
const path = (id: string) => segment('logto', id);

/**
 * `catalogs` (issue 16, item 2): organizations and organization roles, kept in the shared store for
 * its TTL. idgraph never creates, renames or deletes either, so nothing of its own invalidates them;
 * memberships, users and invitations (whose status changes) are never cached.
 */
export function createLogtoClient(http: Upstream, auth: TokenSource, catalogs?: CatalogCache) {
  const cached = <T>(name: string, load: () => Promise<T>): Promise<T> => (catalogs ? catalogs.get(name, load) : load());
  async function paged<T>(operation: string, route: string, page: PageParams, schema: import('zod').ZodType<T[]>, query: Record<string, QueryValue> = {}) {
    const response = await http.request({
      operation,
      method: 'GET',
      path: route,
      query: { ...query, page: page.page, page_size: page.pageSize },
      schema,
      auth,
    });
    const items = response.data;
    return { items, total: totalNumber(response.headers, items.length) } satisfies LogtoPage<T>;
  }

  return {
    /** Not paged upstream: every match, in Logto's order. */
    async listInvitations(filter: { organizationId?: string | undefined; inviterId?: string | undefined; invitee?: string | undefined }) {
      const { data } = await http.request({
        operation: 'listInvitations',
        method: 'GET',
        path: '/api/organization-invitations',
        query: filter,
        schema: OrganizationInvitationList,
        auth,
      });
      return data;
    },

    async getInvitation(id: string) {
      const { data } = await http.request({
        operation: 'getInvitation',
        method: 'GET',
        path: `/api/organization-invitations/${path(id)}`,
        schema: OrganizationInvitation,
        auth,
      });
      return data;
    },

    async createInvitation(body: CreateInvitationBody) {
      const { data } = await http.request({
        operation: 'createInvitation',
        method: 'POST',
        path: '/api/organization-invitations',
        json: body,
        schema: OrganizationInvitation,
        auth,
      });
      return data;
    },

    async deleteInvitation(id: string) {
      await http.request({ operation: 'deleteInvitation', method: 'DELETE', path: `/api/organization-invitations/${path(id)}`, schema: null, auth });
    },

    async sendInvitationMessage(id: string, payload: Record<string, unknown>) {
      await http.request({
        operation: 'sendInvitationMessage',
        method: 'POST',
        path: `/api/organization-invitations/${path(id)}/message`,
        json: payload,
        schema: null,
        auth,
      });
    },

    async setInvitationStatus(id: string, body: StatusBody) {
      const { data } = await http.request({
        operation: 'setInvitationStatus',
        method: 'PUT',
        path: `/api/organization-invitations/${path(id)}/status`,
        json: body,
        // A second identical PUT finds the invitation no longer Pending (422): not safe to repeat blindly.
        idempotent: false,
        schema: OrganizationInvitation,
        auth,
      });
      return data;
    },

    listOrganizations(page: PageParams) {
      return cached(`organizations:${page.page}:${page.pageSize}`, () => paged('listOrganizations', '/api/organizations', page, OrganizationList));
    },

    getOrganization(id: string) {
      return cached(`organization:${id}`, async () => {
        const { data } = await http.request({
          operation: 'getOrganization',
          method: 'GET',
          path: `/api/organizations/${path(id)}`,
          schema: Organization,
          auth,
        });
        return data;
      });
    },

    listOrganizationRoles(page: PageParams) {
      return cached(`organization-roles:${page.page}:${page.pageSize}`, () =>
        paged('listOrganizationRoles', '/api/organization-roles', page, OrganizationRoleList),
      );
    },

    getOrganizationRole(id: string) {
      return cached(`organization-role:${id}`, async () => {
        const { data } = await http.request({
          operation: 'getOrganizationRole',
          method: 'GET',
          path: `/api/organization-roles/${path(id)}`,
          schema: OrganizationRole,
          auth,
        });
        return data;
      });
    },

    listUsers(page: PageParams, search: UserSearch = {}) {
      const query: Record<string, QueryValue> = {};
      if (search.search) query.search = search.search;
      for (const [field, values] of Object.entries(search.exact ?? {})) {
        if (!values || values.length === 0) continue;
        query[`search.${field}`] = values;
        query[`mode.${field}`] = 'exact';
      }
      // Logto ORs search conditions by default; idgraph filters mean all of them.
      if (Object.keys(query).filter((k) => k === 'search' || k.startsWith('search.')).length > 1) query.joint = 'and';
      return paged('listUsers', '/api/users', page, LogtoUserList, query);
    },

    listOrganizationUsers(organizationId: string, page: PageParams, q?: string) {
      return paged('listOrganizationUsers', `/api/organizations/${path(organizationId)}/users`, page, LogtoUserList, q ? { q } : {});
    },

    async listUserOrganizations(userId: string) {
      const { data } = await http.request({
        operation: 'listUserOrganizations',
        method: 'GET',
        path: `/api/users/${path(userId)}/organizations`,
        schema: UserOrganizationList,
        auth,
      });
      return data;
    },

    async setUserSuspended(id: string, isSuspended: boolean) {
      const { data } = await http.request({
        operation: 'setUserSuspended',
        method: 'PATCH',
        path: `/api/users/${path(id)}/is-suspended`,
        json: { isSuspended },
        // Setting the same flag twice leaves the same state.
        idempotent: true,
        schema: LogtoUser,
        auth,
      });
      return data;
    },

    async deleteUser(id: string) {
      await http.request({ operation: 'deleteUser', method: 'DELETE', path: `/api/users/${path(id)}`, schema: null, auth });
    },

    async getUser(id: string) {
      const { data } = await http.request({ operation: 'getUser', method: 'GET', path: `/api/users/${path(id)}`, schema: LogtoUser, auth });
      return data;
    },
  };
}

export type LogtoClient = ReturnType<typeof createLogtoClient>;
