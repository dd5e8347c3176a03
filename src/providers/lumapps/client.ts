/** One typed function per LumApps operation used by idgraph; answers are wire types. */
import type { Upstream } from '../../http/http-client.js';
import { checkProviderId } from '../../http/ids.js';
import type { StatusExceptions } from '../../http/status.js';
import type { TokenSource } from '../../http/token-cache.js';
import { API_PREFIX, User, UserListResponse, type UserCreateBody, type UserListParams } from './wire.js';

/** How user/get finds a user; no key at all answers the caller. */
export type UserKey = { email: string } | { uid: string } | Record<string, never>;

/** Where LumApps' statuses mean something else than the HTTP core's reading (one place, with reasons). */
export const statusExceptions = {
  /** user/get by uid or email: 403 is a user idgraph's caller may not see (the SDK's get_user_forbidden_ok): absent, like 404. */
  userNotVisible: { statuses: [403], reason: "LumApps answers 403 on user/get for a user the token's user may not see", means: 'absent' },
} as const satisfies StatusExceptions;

export function createLumappsClient(http: Upstream, auth: TokenSource) {
  return {
    async listUsers(params: UserListParams) {
      const { data } = await http.request({
        operation: 'user.list',
        method: 'GET',
        path: `${API_PREFIX}/user/list`,
        query: { ...params },
        schema: UserListResponse,
        auth,
      });
      return data;
    },

    async getUser(key: UserKey, fields?: string) {
      // A uid outside LumApps' id alphabet is BAD_USER_INPUT before any call.
      if ('uid' in key && typeof key.uid === 'string') checkProviderId('lumapps', key.uid);
      const { data } = await http.request({
        operation: 'user.get',
        method: 'GET',
        path: `${API_PREFIX}/user/get`,
        query: { ...key, fields },
        schema: User,
        auth,
      });
      return data;
    },

    /**
     * `user/save`: a create (no uid) or a whole-object update. Saving the same whole object twice
     * leaves the same state, so an update is retried like a read; a create is not.
     */
    async saveUser(body: UserCreateBody | User, options: { idempotent: boolean }) {
      const { data } = await http.request({
        operation: 'user.save',
        method: 'POST',
        path: `${API_PREFIX}/user/save`,
        json: body,
        idempotent: options.idempotent,
        schema: User,
        auth,
      });
      return data;
    },
  };
}

export type LumappsClient = ReturnType<typeof createLumappsClient>;
