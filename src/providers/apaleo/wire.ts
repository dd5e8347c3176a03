/**
 * Apaleo Identity v1 wire format, exactly as shared/specs/apaleo/identity-v1.swagger.json documents it.
 * Field names are Apaleo's own. See README.md in this folder for what the document leaves open.
 */
import { z } from 'zod';

/** RoleA: the role vocabulary of `roles`, RoleListModel and PropertyRolesItemModel. */
export const ROLES = [
  'AccountAdmin',
  'PropertyAdmin',
  'Accountant',
  'RevenueManager',
  'ReservationManager',
  'FrontDesk',
  'FrontDeskSenior',
  'Housekeeping',
  'HousekeepingManager',
  'Auditor',
  'StaffManager',
] as const;
export const RoleA = z.enum(ROLES);
export type RoleA = z.infer<typeof RoleA>;

/**
 * The swagger lists RoleA and RoleB as closed enums, but they are Apaleo's evolving vocabulary: a role
 * added later must not turn a whole page into an error. Answers keep any role as its raw string
 * (map.ts names the known ones and logs each unknown one once); requests still send known names.
 */
export const WireRole = z.string().min(1);

/** RoleB: the legacy vocabulary of the single `role` field. */
export const LEGACY_ROLES = [
  'AccountAdmin',
  'PropertyAdmin',
  'FinanceManager',
  'RevenueManager',
  'ReservationOffice',
  'FrontOffice',
  'Housekeeping',
  'HousekeepingManager',
  'Auditor',
  'StaffManager',
] as const;
export const RoleB = z.enum(LEGACY_ROLES);
export type RoleB = z.infer<typeof RoleB>;

/** The OAuth2 token response, shared by every provider (src/http/oauth.ts). */
export { TokenResponse } from '../../http/oauth.js';

export const PropertyRolesItemModel = z.object({
  id: z.string(),
  roles: z.array(WireRole),
});

export const UserItemModel = z.object({
  subjectId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  properties: z.array(PropertyRolesItemModel).nullish(),
  enabled: z.boolean(),
  isAccountAdmin: z.boolean(),
  isMfaEnabled: z.boolean(),
  isPasskeysEnabled: z.boolean(),
});
export type UserItemModel = z.infer<typeof UserItemModel>;

export const UsersListModel = z.object({
  users: z.array(UserItemModel),
  count: z.number().int().nonnegative(),
});
export type UsersListModel = z.infer<typeof UsersListModel>;

export const UserModel = z.object({
  subjectId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  enabled: z.boolean().nullish(),
  isAccountAdmin: z.boolean(),
  isMfaEnabled: z.boolean(),
  properties: z.array(z.string()).nullish(),
  propertyRoles: z.array(PropertyRolesItemModel).nullish(),
});
export type UserModel = z.infer<typeof UserModel>;

export const InvitationModel = z.object({
  email: z.string(),
  properties: z.array(z.string()).nullish(),
  isAccountAdmin: z.boolean(),
  role: WireRole.nullish(),
  roles: z.array(WireRole).nullish(),
  invitedBy: z.string(),
  created: z.string(),
});
export type InvitationModel = z.infer<typeof InvitationModel>;

export const InvitationListModel = z.object({ invitations: z.array(InvitationModel) });
export const RoleListModel = z.object({ roles: z.array(WireRole) });
export const InvitedUserToAccountResponseModel = z.object({ email: z.string() });

export interface CreateInvitationModel {
  email: string;
  properties?: string[];
  isAccountAdmin?: boolean;
  /** Known RoleA names, or a newer role name the account's GET /roles listed. */
  roles?: string[];
  role?: RoleB;
}

export type PatchOperation =
  | { op: 'replace'; path: '/firstName' | '/lastName'; value: string }
  | { op: 'replace'; path: '/isAccountAdmin' | '/enabled'; value: boolean }
  | { op: 'replace'; path: '/properties'; value: string[] };

export const USER_SORTS = ['firstname:asc', 'firstname:desc', 'lastname:asc', 'lastname:desc', 'email:asc', 'email:desc'] as const;
export type UserSortParam = (typeof USER_SORTS)[number];

/** 422 body (MessageItemCollection) and the lenient reading of every other error body. */
export const ErrorBody = z
  .object({
    messages: z.array(z.string()).optional(),
    title: z.string().optional(),
    detail: z.string().optional(),
    error: z.string().optional(),
    error_description: z.string().optional(),
  })
  .loose();
