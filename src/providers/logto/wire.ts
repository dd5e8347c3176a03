/**
 * Logto Management API wire format, as shared/specs/logto documents it (route fragments, the full
 * management-api.openapi.json and recorded-exchanges.json from a real Logto 1.42 server). Field names
 * are Logto's own; times are epoch milliseconds. See README.md in this folder for the open points.
 */
import { z } from 'zod';

/** The OAuth2 token response, shared by every provider (src/http/oauth.ts). */
export { TokenResponse } from '../../http/oauth.js';

export const INVITATION_STATUSES = ['Pending', 'Accepted', 'Expired', 'Revoked'] as const;
export const InvitationStatus = z.enum(INVITATION_STATUSES);
export type InvitationStatus = z.infer<typeof InvitationStatus>;

const epochMs = z.number();

export const OrganizationInvitation = z.object({
  tenantId: z.string(),
  id: z.string(),
  inviterId: z.string().nullable(),
  invitee: z.string(),
  acceptedUserId: z.string().nullable(),
  organizationId: z.string(),
  status: InvitationStatus,
  createdAt: epochMs,
  updatedAt: epochMs,
  expiresAt: epochMs,
  organizationRoles: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type OrganizationInvitation = z.infer<typeof OrganizationInvitation>;
export const OrganizationInvitationList = z.array(OrganizationInvitation);

export const Organization = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  customData: z.record(z.string(), z.unknown()),
  isMfaRequired: z.boolean(),
  color: z.record(z.string(), z.unknown()).optional(),
  branding: z.record(z.string(), z.unknown()).optional(),
  customCss: z.string().nullable().optional(),
  createdAt: epochMs,
});
export type Organization = z.infer<typeof Organization>;
export const OrganizationList = z.array(Organization);
/** `GET /api/users/{userId}/organizations`: the user's organizations, each with the user's roles in it (not paged). */
export const UserOrganization = Organization.extend({ organizationRoles: z.array(z.object({ id: z.string(), name: z.string() })) });
export type UserOrganization = z.infer<typeof UserOrganization>;
export const UserOrganizationList = z.array(UserOrganization);

export const OrganizationRole = z.object({
  tenantId: z.string(),
  id: z.string(),
  name: z.string(),
  description: z.string().nullable(),
  type: z.enum(['User', 'MachineToMachine']),
  /** Sent by the list route; absent from the create answer in LT-REC. */
  scopes: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
  resourceScopes: z.array(z.object({ id: z.string(), name: z.string(), resource: z.object({ id: z.string(), name: z.string() }) })).optional(),
});
export type OrganizationRole = z.infer<typeof OrganizationRole>;
export const OrganizationRoleList = z.array(OrganizationRole);

export const LogtoUser = z.object({
  id: z.string(),
  username: z.string().nullable(),
  primaryEmail: z.string().nullable(),
  primaryPhone: z.string().nullable(),
  name: z.string().nullable(),
  avatar: z.string().nullable(),
  customData: z.record(z.string(), z.unknown()),
  identities: z.record(z.string(), z.unknown()),
  lastSignInAt: epochMs.nullable(),
  createdAt: epochMs,
  updatedAt: epochMs,
  profile: z.object({ givenName: z.string().optional(), familyName: z.string().optional() }).loose(),
  applicationId: z.string().nullable(),
  isSuspended: z.boolean(),
  /** Absent from the organization users route. */
  hasPassword: z.boolean().optional(),
  /** Only on the organization users route. */
  organizationRoles: z.array(z.object({ id: z.string(), name: z.string() })).optional(),
});
export type LogtoUser = z.infer<typeof LogtoUser>;
export const LogtoUserList = z.array(LogtoUser);

export interface CreateInvitationBody {
  invitee: string;
  organizationId: string;
  expiresAt: number;
  inviterId?: string | null;
  organizationRoleIds?: string[];
  messagePayload?: Record<string, unknown> | false;
}

export interface StatusBody {
  status: 'Accepted' | 'Revoked';
  acceptedUserId?: string | null;
}

/** Logto's RequestError body: `{ code, message, details?, data? }` (the OIDC token endpoint adds error fields). */
export const ErrorBody = z
  .object({
    code: z.string().optional(),
    message: z.string().optional(),
    details: z.string().optional(),
    data: z.unknown().optional(),
    error: z.string().optional(),
    error_description: z.string().optional(),
  })
  .loose();
