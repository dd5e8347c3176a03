/**
 * LumApps `lumsites` v1 wire format, as shared/specs/lumapps/lumsites-v1-discovery.json documents it
 * (Google Cloud Endpoints style). The discovery marks no field as required and `fields` (partial
 * response) may drop any of them, so every field is optional. User objects keep unknown keys: an
 * update is read-modify-write and must send back what idgraph does not model.
 */
import { z } from 'zod';

export const API_PREFIX = '/_ah/api/lumsites/v1';

/** Account types idgraph knows (the discovery lists none; seen values and GUESSES, see README.md). */
export const ACCOUNT_TYPES = ['google', 'microsoft', 'okta', 'external'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const USER_STATUSES = ['enabled', 'disabled'] as const;

/** The OAuth2 token response, shared by every provider (src/http/oauth.ts). */
export { TokenResponse } from '../../http/oauth.js';

export const User = z
  .object({
    uid: z.string().optional(),
    id: z.string().optional(),
    email: z.string().optional(),
    firstName: z.string().optional(),
    lastName: z.string().optional(),
    fullName: z.string().optional(),
    status: z.string().optional(),
    accountType: z.string().optional(),
    isHidden: z.boolean().optional(),
    customer: z.string().optional(),
    createdAt: z.string().optional(),
    updatedAt: z.string().optional(),
    lang: z.string().optional(),
    langs: z.array(z.string()).optional(),
    employeeId: z.string().optional(),
    alternateEmail: z.string().optional(),
    profilePictureUrl: z.string().optional(),
    isSuperAdmin: z.boolean().optional(),
    synchronized: z.boolean().optional(),
  })
  .loose()
  // Every user idgraph reads is named by uid or id; one without either is off the documented schema.
  .refine((u) => Boolean(u.uid || u.id), { message: 'a user needs a uid or an id' });
export type User = z.infer<typeof User>;

/** ServerUserUserMessagesUserListResponse. An empty result is `{"more": false}` with no `items`. */
export const UserListResponse = z.object({
  items: z.array(User).optional(),
  more: z.boolean().optional(),
  cursor: z.string().optional(),
  callId: z.string().optional(),
});
export type UserListResponse = z.infer<typeof UserListResponse>;

/** Query parameters of `user/list` (repeated ones as arrays). */
export interface UserListParams {
  status?: (typeof USER_STATUSES)[number] | undefined;
  types?: readonly string[] | undefined;
  feeds?: readonly string[] | undefined;
  showHidden?: boolean | undefined;
  fields?: string | undefined;
  registeredSince?: number | undefined;
  maxResults?: number | undefined;
  cursor?: string | undefined;
  email?: string | undefined;
  query?: string | undefined;
  ids?: readonly string[] | undefined;
}

/** The `user/save` body for a new user. */
export interface UserCreateBody {
  email: string;
  firstName: string;
  lastName: string;
  accountType: 'external';
  password?: string;
  rePassword?: string;
}

/** Google-style error body: `{ error: { code, message, errors: [{ domain, reason, message }] } }`. */
export const ErrorBody = z
  .object({
    error: z.union([
      z
        .object({
          code: z.number().optional(),
          message: z.string().optional(),
          errors: z.array(z.object({ domain: z.string().optional(), reason: z.string().optional(), message: z.string().optional() }).loose()).optional(),
        })
        .loose(),
      // The token endpoint answers the OAuth2 shape `{"error": "invalid_request"}`.
      z.string(),
    ]),
    error_description: z.string().optional(),
  })
  .loose();
