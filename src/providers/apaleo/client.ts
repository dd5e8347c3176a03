/** One typed function per Apaleo Identity v1 operation; answers are wire types. */
import type { Upstream } from '../../http/http-client.js';
import { segment } from '../../http/ids.js';
import type { StatusExceptions } from '../../http/status.js';
import type { TokenSource } from '../../http/token-cache.js';
import {
  InvitationListModel,
  InvitedUserToAccountResponseModel,
  RoleListModel,
  UserModel,
  UsersListModel,
  type CreateInvitationModel,
  type PatchOperation,
  type UserSortParam,
} from './wire.js';

export interface ListUsersParams {
  propertyIds?: readonly string[] | undefined;
  email?: string | undefined;
  enabled?: boolean | undefined;
  pageNumber?: number | undefined;
  pageSize?: number | undefined;
  sort?: readonly UserSortParam[] | undefined;
}

/**
 * Where Apaleo's statuses mean something else than the HTTP core's reading (one place, with reasons).
 * Writes never read a 400 as "not found": there it is a bad request.
 */
export const statusExceptions = {
  /** GET /api/v1/users/{id}: Apaleo answers 400 to an id that is not a subject id (GUESS): no such user. */
  malformedUserId: { statuses: [400], reason: 'Apaleo answers 400 to a by-id read of an id that is not a subject id', means: 'absent' },
  /** GET /api/v1/users/me: 400 or 404 when the token acts as no user (client credentials act as an application). */
  noCurrentUser: { statuses: [400], reason: 'a client-credentials token acts as an application, so Apaleo has no "me"', means: 'absent' },
} as const satisfies StatusExceptions;

export function createApaleoClient(http: Upstream, auth: TokenSource) {
  return {
    async listInvitations(propertyId?: string) {
      const { data } = await http.request({
        operation: 'listInvitations',
        method: 'GET',
        path: '/api/v1/account/invitations',
        query: { propertyId },
        schema: InvitationListModel,
        // A 204 without a body on a list is an empty list (Apaleo answers empty pages so).
        emptyStatuses: [204],
        auth,
      });
      return data?.invitations ?? [];
    },

    async createInvitation(body: CreateInvitationModel) {
      const { data } = await http.request({
        operation: 'createInvitation',
        method: 'POST',
        path: '/api/v1/account/invitations',
        json: body,
        schema: InvitedUserToAccountResponseModel,
        auth,
      });
      return data;
    },

    async deleteInvitation(email: string) {
      await http.request({
        operation: 'deleteInvitation',
        method: 'DELETE',
        path: `/api/v1/account/invitations/${segment('apaleo', email)}`,
        schema: null,
        auth,
      });
    },

    async listRoles() {
      const { data } = await http.request({ operation: 'listRoles', method: 'GET', path: '/api/v1/roles', schema: RoleListModel, emptyStatuses: [204], auth });
      return data?.roles ?? [];
    },

    /** One page of users; null when Apaleo answers 204 (a page past the end). */
    async listUsers(params: ListUsersParams) {
      const { data } = await http.request({
        operation: 'listUsers',
        method: 'GET',
        path: '/api/v1/users',
        query: {
          propertyIds: params.propertyIds,
          email: params.email,
          enabled: params.enabled,
          pageNumber: params.pageNumber,
          pageSize: params.pageSize,
          sort: params.sort,
        },
        schema: UsersListModel,
        emptyStatuses: [204],
        auth,
      });
      return data;
    },

    async getUser(userId: string) {
      const { data } = await http.request({
        operation: 'getUser',
        method: 'GET',
        path: `/api/v1/users/${segment('apaleo', userId)}`,
        schema: UserModel,
        auth,
      });
      return data;
    },

    async patchUser(userId: string, operations: PatchOperation[]) {
      await http.request({
        operation: 'patchUser',
        method: 'PATCH',
        path: `/api/v1/users/${segment('apaleo', userId)}`,
        json: operations,
        contentType: 'application/json-patch+json',
        // Every documented operation is a `replace`: sending it twice leaves the same state.
        idempotent: true,
        schema: null,
        auth,
      });
    },

    async currentUser() {
      const { data } = await http.request({ operation: 'currentUser', method: 'GET', path: '/api/v1/users/me', schema: UserModel, auth });
      return data;
    },
  };
}

export type ApaleoClient = ReturnType<typeof createApaleoClient>;
