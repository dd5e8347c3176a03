/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The state of a provider’s circuit breaker. */
export type CircuitState =
  /** Calls go upstream normally. */
  | 'CLOSED'
  /** The cool-down ended: one probe call goes upstream; its outcome closes or re-opens the circuit. */
  | 'HALF_OPEN'
  /** After repeated failures, calls fail at once with UPSTREAM_UNAVAILABLE until the cool-down ends. */
  | 'OPEN';

/** A new invitation. Fields a provider does not use are a ValidationError naming the field. */
export type CreateInvitationInput = {
  /** The invitee’s email address. */
  email: string;
  /** Logto: when the invitation expires; must be in the future. */
  expiresAt?: string | null | undefined;
  /** Logto: the inviting user, by global id (User.id) or Logto’s own user id. */
  inviterId?: string | null | undefined;
  /** Apaleo: invite as account admin (needs the admin scope; tenants and roles are then ignored by Apaleo). */
  isAccountAdmin?: boolean | null | undefined;
  /** Logto: template variables of the email, such as { "link": "..." }. */
  messagePayload?: Record<string, unknown> | null | undefined;
  /** Where to invite the person. */
  provider: Provider;
  /** The roles to grant: global ids (Role.id) or the provider’s own ids (Role.providerId); admin or owner roles need the admin scope. */
  roleIds?: Array<string> | null | undefined;
  /** Logto: send the invitation email (needs an email connector). */
  sendEmail?: boolean | null | undefined;
  /** The tenants to grant: global ids (Tenant.id) or the provider’s own ids (Tenant.providerId). A global id of another provider is a ValidationError. Apaleo: properties. Logto: the organization (one). */
  tenantIds?: Array<string> | null | undefined;
};

/** A user account to create. The password is optional; where given, rePassword must repeat it. */
export type CreateUserInput = {
  /** LumApps: the account type; only external (the default) can be created. */
  accountType?: string | null | undefined;
  /** The email address, which identifies the user. */
  email: string;
  /** Given name (1 to 100 characters). */
  firstName: string;
  /** Family name (1 to 100 characters). */
  lastName: string;
  /** An initial password. LumApps: 8 to 128 characters with a letter and a digit. */
  password?: string | null | undefined;
  /** Where to create the user. */
  provider: Provider;
  /** The password again; must equal password. */
  rePassword?: string | null | undefined;
};

/** The invitation to delete. */
export type DeleteInvitationInput = {
  /** The global id of the invitation (Invitation.id). */
  id: string | number;
};

/** The user to delete. */
export type DeleteUserInput = {
  /** The global id of the user (User.id). */
  id: string | number;
};

/** What was (or would be) done to one account or invitation. */
export type DeprovisionAction =
  /** Delete the pending invitation (where it cannot be revoked). */
  | 'DELETE_INVITATION'
  /** Delete the account. */
  | 'DELETE_USER'
  /** Disable the account. */
  | 'DISABLE_USER'
  /** Finding the person in this provider (it failed, so its accounts are unknown). */
  | 'LOOKUP'
  /** Revoke the pending invitation. */
  | 'REVOKE_INVITATION';

/** How far to go when off-boarding a person. */
export type DeprovisionMode =
  /** Delete accounts where the provider can, otherwise disable them. */
  | 'DELETE'
  /** Disable accounts where the provider can; nothing is deleted. */
  | 'DISABLE';

/** How one action ended. */
export type DeprovisionOutcome =
  /** The provider refused or failed; see `error`. */
  | 'FAILED'
  /** Dry run: this is what would be done; nothing was changed. */
  | 'SKIPPED'
  /** Done, or already the case (also in a dry run: an account already disabled needs nothing). */
  | 'SUCCEEDED'
  /** The provider offers no such operation; nothing was changed. */
  | 'UNSUPPORTED';

/** Whom to off-board and how. */
export type DeprovisionPersonInput = {
  /** Report what would be done without changing anything. */
  dryRun?: boolean | null | undefined;
  /** The person’s email address. */
  email: string;
  /** DISABLE or DELETE. */
  mode: DeprovisionMode;
};

/** The status an invitation can be moved to. */
export type InvitationDecision =
  /** Accepted by the given user. */
  | 'ACCEPTED'
  /** Withdrawn. */
  | 'REVOKED';

/** Narrows an invitation list. Each provider honours some fields (see `providers { invitationFilters }`); others are an error naming the field and the provider. */
export type InvitationFilter = {
  /** Invitations to this email address. */
  invitee?: string | null | undefined;
  /** Invitations sent by this user: its global id (User.id) or the provider’s own user id. */
  inviterId?: string | null | undefined;
  /** Invitations to this Logto organization: its global id (Tenant.id) or Logto’s own id. */
  organizationId?: string | null | undefined;
  /** Invitations to this Apaleo property: its global id (Tenant.id) or Apaleo’s own property id. */
  propertyId?: string | null | undefined;
  /** Only invitations in this status. */
  status?: InvitationStatus | null | undefined;
};

/** Where an invitation stands. */
export type InvitationStatus =
  /** The invitee accepted and has an account. */
  | 'ACCEPTED'
  /** Not accepted in time. */
  | 'EXPIRED'
  /** Sent and waiting for the invitee. */
  | 'PENDING'
  /** Withdrawn before it was accepted. */
  | 'REVOKED';

/** The identity providers idgraph can talk to. */
export type Provider =
  /** Apaleo Identity v1 (account users, properties as tenants, invitations). */
  | 'APALEO'
  /** Authress (users and tenants). */
  | 'AUTHRESS'
  /** Logto (organizations as tenants, organization roles and invitations). */
  | 'LOGTO'
  /** LumApps (users of one customer platform). */
  | 'LUMAPPS';

/** What a provider offers through idgraph. */
export type ProviderCapability =
  /** Adds users to tenants (`addUserToTenant`). */
  | 'ADD_USER_TO_TENANT'
  /** Pages user lists backwards (`last`/`before`). */
  | 'BACKWARD_PAGING'
  /** Creates invitations (`createInvitation`). */
  | 'CREATE_INVITATION'
  /** Creates users (`createUser`). */
  | 'CREATE_USER'
  /** Answers the user its credentials act as (`currentUser`). */
  | 'CURRENT_USER'
  /** Deletes invitations (`deleteInvitation`). */
  | 'DELETE_INVITATION'
  /** Deletes users (`deleteUser`). */
  | 'DELETE_USER'
  /** Finds users by email (`user(email:)`, `person`). */
  | 'FIND_USERS_BY_EMAIL'
  /** Reads one user by id (`user`, `node`). */
  | 'GET_USER'
  /** Lists invitations (`invitations`). */
  | 'LIST_INVITATIONS'
  /** Lists roles (`roles`). */
  | 'LIST_ROLES'
  /** Lists tenants (`tenants`). */
  | 'LIST_TENANTS'
  /** Lists users (`users`). */
  | 'LIST_USERS'
  /** Sends an invitation message again (`resendInvitation`). */
  | 'RESEND_INVITATION'
  /** Accepts or revokes invitations (`setInvitationStatus`). */
  | 'SET_INVITATION_STATUS'
  /** Updates users (`updateUser`). */
  | 'UPDATE_USER';

/** Whether a provider is the real service or idgraph’s simulator of it. */
export type ProviderMode =
  /** The real provider, reached with configured credentials. */
  | 'LIVE'
  /** The built-in simulator with demo data. */
  | 'SANDBOX';

/** The invitation whose message to send again. */
export type ResendInvitationInput = {
  /** The global id of the invitation (Invitation.id). */
  id: string | number;
  /** Template variables of the email, such as { "link": "..." }. */
  messagePayload?: Record<string, unknown> | null | undefined;
};

/** Accept or revoke a pending invitation. */
export type SetInvitationStatusInput = {
  /** For ACCEPTED: the user who accepted, by global id (User.id) or the provider’s own user id. */
  acceptedUserId?: string | number | null | undefined;
  /** The global id of the invitation (Invitation.id). */
  id: string | number;
  /** ACCEPTED or REVOKED. */
  status: InvitationDecision;
};

/** Changes to one user. Only the fields given are changed; a field the provider cannot change is a ValidationError. */
export type UpdateUserInput = {
  /** New given name. */
  firstName?: string | null | undefined;
  /** The global id of the user (User.id). */
  id: string | number;
  /** Apaleo: make the user an account admin (needs the admin scope), or not. */
  isAccountAdmin?: boolean | null | undefined;
  /** LumApps: hide the user from directories. */
  isHidden?: boolean | null | undefined;
  /** New family name. */
  lastName?: string | null | undefined;
  /** Apaleo: the full list of properties the user may access (replaces the current list); global ids (Tenant.id) or Apaleo’s own property ids. */
  propertyIds?: Array<string> | null | undefined;
  /** ENABLED to let the user sign in, DISABLED to block them. */
  status?: UserStatus | null | undefined;
};

/** Narrows a user list. Each provider honours some fields (see `providers { userFilters }`); setting a field the provider cannot honour is an error naming the field and the provider. */
export type UserFilter = {
  /** LumApps account types: google, microsoft, okta, external. */
  accountTypes?: Array<string> | null | undefined;
  /** Exact email address (Apaleo). */
  email?: string | null | undefined;
  /** Members of any of these LumApps groups (feeds). */
  groupIds?: Array<string> | null | undefined;
  /** Include hidden LumApps users. */
  includeHidden?: boolean | null | undefined;
  /** Users with access to any of these Apaleo properties: global ids (Tenant.id) or Apaleo’s own property ids. */
  propertyIds?: Array<string> | null | undefined;
  /** LumApps users registered within this many days. */
  registeredWithinDays?: number | null | undefined;
  /** Free text matched by the provider (Authress, LumApps). */
  search?: string | null | undefined;
  /** Sort order; the first entry wins ties of the next (Apaleo). */
  sort?: Array<UserSort> | null | undefined;
  /** Only enabled or only disabled users (Apaleo, LumApps). */
  status?: UserStatus | null | undefined;
  /** Users of this Authress tenant: its global id (Tenant.id) or Authress’s own id. */
  tenantId?: string | null | undefined;
};

/** Sort orders for user lists, where the provider sorts (Apaleo). */
export type UserSort =
  /** Email, A to Z. */
  | 'EMAIL_ASC'
  /** Email, Z to A. */
  | 'EMAIL_DESC'
  /** Given name, A to Z. */
  | 'FIRST_NAME_ASC'
  /** Given name, Z to A. */
  | 'FIRST_NAME_DESC'
  /** Family name, A to Z. */
  | 'LAST_NAME_ASC'
  /** Family name, Z to A. */
  | 'LAST_NAME_DESC';

/** Whether a user may sign in. */
export type UserStatus =
  /** The user is blocked from signing in. */
  | 'DISABLED'
  /** The user may sign in. */
  | 'ENABLED';

export type FuzzUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzUsersQuery = { users: { edges: Array<{ cursor: string, node: { id: string } }> }, roles: { edges: Array<{ node: { id: string } }> } };

export type FuzzUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type FuzzUsers2Query = { users: { totalCount: number | null } };

export type GateGraphqlNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GateGraphqlNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GateHttpProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpProvidersQuery = { providers: Array<{ provider: Provider }> };

export type GateHttpProviders2QueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpProviders2Query = { providers: Array<{ provider: Provider, mode: ProviderMode }> };

export type GateHttpProviders3QueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpProviders3Query = { providers: Array<{ provider: Provider }> };

export type GateHttpInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpInvitationsQuery = { invitations: { totalCount: number | null } };

export type GateHttpUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpUsersQuery = { users: { totalCount: number | null } };

export type GateHttpRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpRolesQuery = { roles: { totalCount: number | null } };

export type GateHttpUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type GateHttpUsers2Query = { users: { totalCount: number | null } };

export type GateUpstreamNodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamNodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type GateUpstreamUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsersQuery = { users: { totalCount: number | null } };

export type GateUpstreamNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GateUpstreamNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GateUpstreamNodes2QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GateUpstreamNodes2Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GateUpstreamCreateInvitationMutationVariables = Exact<{
  email: string;
}>;


export type GateUpstreamCreateInvitationMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'InsufficientScopeError' }
    | { __typename: 'Invitation', id: string }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type GateUpstreamDeleteInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamDeleteInvitationMutation = { deleteInvitation:
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamUpdateUser3MutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamUpdateUser3Mutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'User' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamCreateInvitation2MutationVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamCreateInvitation2Mutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamCreateInvitation3MutationVariables = Exact<{
  email: string;
}>;


export type GateUpstreamCreateInvitation3Mutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation', email: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamUpdateUser4MutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamUpdateUser4Mutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'User' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamInvitationsQuery = { invitations: { edges: Array<{ node: { id: string, status: InvitationStatus } }> } };

export type GateUpstreamResendInvitationMutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamResendInvitationMutation = { resendInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamResendInvitation2MutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamResendInvitation2Mutation = { resendInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'Invitation', id: string, status: InvitationStatus }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, retryable: boolean, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GateUpstreamUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers2Query = { users: { totalCount: number | null } };

export type GateUpstreamUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers3Query = { users: { totalCount: number | null } };

export type GateUpstreamUsers4QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers4Query = { users: { totalCount: number | null } };

export type GateUpstreamNodes3QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type GateUpstreamNodes3Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type GateUpstreamUsers5QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers5Query = { users: { totalCount: number | null }, users2: { totalCount: number | null } };

export type GateUpstreamUpdateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'UnsupportedOperationError', code: string }
    | { __typename: 'UpstreamError', code: string }
    | { __typename: 'User' }
    | { __typename: 'ValidationError', code: string, field: string }
   };

export type GateUpstreamUpdateUser2MutationVariables = Exact<{
  id: string | number;
}>;


export type GateUpstreamUpdateUser2Mutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'UnsupportedOperationError', code: string }
    | { __typename: 'UpstreamError', code: string }
    | { __typename: 'User' }
    | { __typename: 'ValidationError', code: string }
   };

export type GateUpstreamUsers6QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers6Query = { users: { totalCount: number | null } };

export type GateUpstreamRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamRolesQuery = { roles: { totalCount: number | null } };

export type GateUpstreamRoles2QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamRoles2Query = { roles: { totalCount: number | null } };

export type GateUpstreamUsers7QueryVariables = Exact<{ [key: string]: never; }>;


export type GateUpstreamUsers7Query = { users: { totalCount: number | null } };

export type GateUpstreamUsers8QueryVariables = Exact<{
  p?: Array<string> | string | null | undefined;
}>;


export type GateUpstreamUsers8Query = { users: { totalCount: number | null } };

export type GateUpstreamUsers9QueryVariables = Exact<{
  p?: Array<string> | string | null | undefined;
}>;


export type GateUpstreamUsers9Query = { users: { totalCount: number | null } };

export type AcrossFailingPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AcrossFailingPageQuery = { users: { edges: Array<{ node: { id: string, provider: Provider } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AcrossFailingUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossFailingUsersQuery = { users: { edges: Array<{ node: { id: string } }> } };

export type AcrossFailingUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossFailingUsers2Query = { users: { edges: Array<{ node: { id: string } }> } };

export type AcrossFailingUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossFailingUsers3Query = { users: { totalCount: number | null } };

export type AcrossUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsersQuery = { users: { edges: Array<{ node: { provider: Provider } }>, pageInfo: { hasNextPage: boolean } } };

export type AcrossUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsers2Query = { users: { edges: Array<{ node: { provider: Provider } }> } };

export type AcrossUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsers3Query = { users: { pageInfo: { endCursor: string | null } } };

export type AcrossUsers4QueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type AcrossUsers4Query = { users: { totalCount: number | null } };

export type AcrossUsers5QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsers5Query = { users: { totalCount: number | null } };

export type AcrossNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AcrossNodesQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AcrossNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AcrossNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AcrossNodes2QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AcrossNodes2Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AcrossNodes3QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AcrossNodes3Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AcrossUsers6QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsers6Query = { users: { edges: Array<{ node: { id: string } }> } };

export type AcrossUsers7QueryVariables = Exact<{ [key: string]: never; }>;


export type AcrossUsers7Query = { users: { edges: Array<{ node: { id: string } }> } };

export type AcrossNodes4QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AcrossNodes4Query = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null> };

export type AliasesTwoProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AliasesTwoProvidersQuery = { a: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, provider: Provider } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } }, b: { edges: Array<{ node: { id: string, provider: Provider } }> } };

export type AliasesListsQueryVariables = Exact<{ [key: string]: never; }>;


export type AliasesListsQuery = { t1: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, t2: { edges: Array<{ node: { id: string, provider: Provider } }> }, i1: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } }, i2: { edges: Array<{ node: { id: string, provider: Provider } }> }, r: { edges: Array<{ node: { name: string } }> } };

export type AliasesNestedQueryVariables = Exact<{ [key: string]: never; }>;


export type AliasesNestedQuery = { tenants: { edges: Array<{ node: { name: string | null, users: { edges: Array<{ node: { id: string } }>, pageInfo: { hasNextPage: boolean } } } }> } };

export type AliasesBadArgQueryVariables = Exact<{ [key: string]: never; }>;


export type AliasesBadArgQuery = { a: { edges: Array<{ node: { id: string } }> }, b: { edges: Array<{ node: { id: string } }> } };

export type ApaleoFaultsBrokenQueryVariables = Exact<{
  id: string;
}>;


export type ApaleoFaultsBrokenQuery = { broken: { email: string | null } | null, roles: { totalCount: number | null, edges: Array<{ node: { providerId: string } }> } };

export type ApaleoFaultsCreateInvitationMutationVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFaultsCreateInvitationMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'InsufficientScopeError' }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError', code: string, httpStatus: number | null, retryable: boolean, outcomeUnknown: boolean }
    | { __typename: 'ValidationError' }
   };

export type ApaleoFaultsCreateInvitation2MutationVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFaultsCreateInvitation2Mutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'InsufficientScopeError' }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError', code: string, outcomeUnknown: boolean, message: string }
    | { __typename: 'ValidationError' }
   };

export type ApaleoFaultsRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFaultsRolesQuery = { roles: { totalCount: number | null } };

export type ApaleoFidelityUsersQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ApaleoFidelityUsersQuery = { users: { totalCount: number | null, edges: Array<{ node: { providerId: string, roles: Array<{ providerId: string, name: string, description: string | null }> | null } }> } };

export type ApaleoFidelityUserQueryVariables = Exact<{
  id: string;
}>;


export type ApaleoFidelityUserQuery = { user: { roles: Array<{ providerId: string }> | null } | null };

export type ApaleoFidelityRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFidelityRolesQuery = { roles: { edges: Array<{ node: { providerId: string, name: string } }> } };

export type ApaleoFidelityCreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type ApaleoFidelityCreateInvitationMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation', roles: Array<{ providerId: string }> | null, apaleo: { legacyRole: string | null } | null }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ApaleoFidelityInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFidelityInvitationsQuery = { invitations: { edges: Array<{ node: { email: string, roles: Array<{ providerId: string }> | null } }> } };

export type ApaleoFidelityCreateInvitation2MutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type ApaleoFidelityCreateInvitation2Mutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'InsufficientScopeError' }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError', field: string }
   };

export type ApaleoFidelityUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ApaleoFidelityUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string, httpStatus: number | null, providerMessage: string | null }
    | { __typename: 'User' }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type ApaleoFidelityInvitations2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFidelityInvitations2Query = { invitations: { totalCount: number | null, edges: Array<{ node: { email: string } }>, pageInfo: { hasNextPage: boolean } } };

export type ApaleoFidelityCurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFidelityCurrentUserQuery = { currentUser: { providerId: string } | null };

export type ApaleoFidelityCurrentUser2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoFidelityCurrentUser2Query = { currentUser: { providerId: string } | null };

export type ApaleoLiveProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoLiveProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, baseUrl: string }>, users: { totalCount: number | null } };

export type ApaleoMutationsCreateMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type ApaleoMutationsCreateMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation', id: string, providerId: string, email: string, status: InvitationStatus, inviterEmail: string | null, tenants: Array<{ providerId: string }> | null, roles: Array<{ providerId: string }> | null, inviter: { email: string | null } | null, apaleo: { isAccountAdmin: boolean, legacyRole: string | null } | null }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string, operation: string }
    | { __typename: 'UpstreamError', code: string, message: string, provider: Provider | null, httpStatus: number | null, providerMessage: string | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string, provider: Provider | null }
   };

export type ApaleoMutationsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ApaleoMutationsDeleteMutation = { deleteInvitation:
    | { __typename: 'Invitation', id: string, providerId: string, email: string, status: InvitationStatus, inviterEmail: string | null, tenants: Array<{ providerId: string }> | null, roles: Array<{ providerId: string }> | null, inviter: { email: string | null } | null, apaleo: { isAccountAdmin: boolean, legacyRole: string | null } | null }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string, operation: string }
    | { __typename: 'UpstreamError', code: string, message: string, provider: Provider | null, httpStatus: number | null, providerMessage: string | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string, provider: Provider | null }
   };

export type ApaleoMutationsInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoMutationsInvitationsQuery = { invitations: { totalCount: number | null, edges: Array<{ node: { email: string, status: InvitationStatus, tenants: Array<{ providerId: string }> | null, roles: Array<{ providerId: string }> | null, inviter: { email: string | null } | null, apaleo: { legacyRole: string | null } | null } }> } };

export type ApaleoMutationsInvitations2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoMutationsInvitations2Query = { invitations: { edges: Array<{ node: { email: string } }> } };

export type ApaleoMutationsInvitations3QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoMutationsInvitations3Query = { invitations: { edges: Array<{ node: { email: string } }>, pageInfo: { hasPreviousPage: boolean, hasNextPage: boolean } } };

export type ApaleoMutationsResendMutationVariables = Exact<{
  id: string | number;
}>;


export type ApaleoMutationsResendMutation = { resendInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'Invitation', id: string, providerId: string, email: string, status: InvitationStatus, inviterEmail: string | null, tenants: Array<{ providerId: string }> | null, roles: Array<{ providerId: string }> | null, inviter: { email: string | null } | null, apaleo: { isAccountAdmin: boolean, legacyRole: string | null } | null }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string, operation: string }
    | { __typename: 'UpstreamError', code: string, message: string, provider: Provider | null, httpStatus: number | null, providerMessage: string | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string, provider: Provider | null }
   };

export type ApaleoMutationsUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ApaleoMutationsUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string, httpStatus: number | null, providerMessage: string | null }
    | { __typename: 'User', providerId: string, firstName: string | null, lastName: string | null, status: UserStatus | null, tenants: Array<{ providerId: string }> | null, apaleo: { isAccountAdmin: boolean } | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string }
   };

export type PageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type PageQuery = { users: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, providerId: string, email: string | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type ApaleoUsersUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersUsersQuery = { users: { edges: Array<{ node: { id: string, roles: Array<{ name: string }> | null } }> } };

export type ApaleoUsersUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersUsers2Query = { users: { edges: Array<{ node: { id: string, providerId: string } }> } };

export type ApaleoUsersRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersRolesQuery = { roles: { pageInfo: { endCursor: string | null } } };

export type ApaleoUsersUserQueryVariables = Exact<{
  id?: string | null | undefined;
  email?: string | null | undefined;
}>;


export type ApaleoUsersUserQuery = { user: { id: string, providerId: string, email: string | null, firstName: string | null, status: UserStatus | null, enabled: boolean | null, roles: Array<{ providerId: string }> | null, tenants: Array<{ providerId: string }> | null, apaleo: { isAccountAdmin: boolean, isMfaEnabled: boolean, isPasskeysEnabled: boolean | null, propertyRoles: Array<{ tenant: { providerId: string }, roles: Array<{ providerId: string }> }> } | null } | null };

export type ApaleoUsersCurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersCurrentUserQuery = { currentUser: { providerId: string, email: string | null, apaleo: { isAccountAdmin: boolean } | null } | null };

export type ApaleoUsersUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersUsers3Query = { users: { edges: Array<{ node: { id: string } }> }, invitations: { edges: Array<{ node: { id: string } }> }, roles: { edges: Array<{ node: { id: string } }> }, tenants: { edges: Array<{ node: { id: string } }> } };

export type ApaleoUsersNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApaleoUsersNodesQuery = { nodes: Array<
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Person', id: string }
    | { __typename: 'Role', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'User', id: string }
   | null> };

export type ApaleoUsersNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type ApaleoUsersNodeQuery = { node:
    | { email: string | null }
    | Record<PropertyKey, never>
   | null };

export type ApaleoUsersNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type ApaleoUsersNode2Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ApaleoUsersNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type ApaleoUsersNode3Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type ApaleoUsersUsers4QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersUsers4Query = { users: { edges: Array<{ node: { roles: Array<{ name: string }> | null, apaleo: { propertyRoles: Array<{ roles: Array<{ name: string }> }> } | null } }> } };

export type ApaleoUsersRoles2QueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersRoles2Query = { roles: { totalCount: number | null, edges: Array<{ node: { providerId: string, name: string, description: string | null } }> } };

export type ApaleoUsersTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApaleoUsersTenantsQuery = { tenants: { totalCount: number | null, edges: Array<{ node: { providerId: string, name: string | null, users: { totalCount: number | null } } }> } };

export type AuthressUsersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type AuthressUsersPageQuery = { users: { totalCount: number | null, edges: Array<{ cursor: string, node: { id: string, providerId: string, email: string | null, displayName: string | null, provider: Provider, authress: { picture: string | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type AuthressUserQueryVariables = Exact<{
  id: string;
}>;


export type AuthressUserQuery = { user: { id: string, providerId: string, email: string | null, displayName: string | null, authress: { picture: string | null } | null } | null };

export type AuthressNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type AuthressNodeQuery = { node:
    | { providerId: string, provider: Provider }
    | Record<PropertyKey, never>
   | null };

export type AuthressUser2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressUser2Query = { user: { id: string } | null };

export type AuthressUser3QueryVariables = Exact<{
  e: string;
}>;


export type AuthressUser3Query = { user: { providerId: string } | null };

export type AuthressUser4QueryVariables = Exact<{
  id: string;
}>;


export type AuthressUser4Query = { user: { providerId: string } | null };

export type AuthressUser5QueryVariables = Exact<{
  id: string;
}>;


export type AuthressUser5Query = { user: { id: string } | null };

export type AuthressTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressTenantsQuery = { tenants: { totalCount: number | null, pageInfo: { hasNextPage: boolean }, edges: Array<{ node: { id: string, providerId: string, name: string | null, createdAt: string | null, authress: { lookupIdentifier: string | null, domains: Array<string>, connectionId: string | null } | null } }> } };

export type AuthressTenantsPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuthressTenantsPageQuery = { tenants: { edges: Array<{ node: { providerId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type AuthressTenants2QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressTenants2Query = { tenants: { pageInfo: { hasNextPage: boolean } } };

export type AuthressTenants3QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressTenants3Query = { tenants: { totalCount: number | null } };

export type AuthressTenants4QueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressTenants4Query = { tenants: { totalCount: number | null } };

export type AuthressNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthressNode2Query = { node:
    | { name: string | null, users: { edges: Array<{ node: { providerId: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type AuthressNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthressNode3Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type AuthressUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressUsersQuery = { users: { edges: Array<{ node: { providerId: string, tenants: Array<{ providerId: string, name: string | null }> | null } }> } };

export type AuthressUsersAheadQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressUsersAheadQuery = { users: { edges: Array<{ node: { providerId: string, tenants: Array<{ providerId: string }> | null } }> } };

export type AuthressUsersNoTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressUsersNoTenantsQuery = { users: { edges: Array<{ node: { providerId: string } }> } };

export type AuthressUsersAheadFailsQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressUsersAheadFailsQuery = { users: { edges: Array<{ node: { providerId: string, tenants: Array<{ providerId: string }> | null } }> } };

export type AuthressNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AuthressNodesQuery = { nodes: Array<
    | { providerId: string }
    | Record<PropertyKey, never>
   | null> };

export type AuthressNodes2QueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type AuthressNodes2Query = { nodes: Array<
    | { providerId: string }
    | Record<PropertyKey, never>
   | null> };

export type AuthressUser6QueryVariables = Exact<{
  id: string;
}>;


export type AuthressUser6Query = { user: { id: string, providerId: string, email: string | null } | null };

export type AuthressNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type AuthressNode4Query = { node:
    | { providerId: string }
    | Record<PropertyKey, never>
   | null };

export type AuthressDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthressDeleteUserMutation = { deleteUser:
    | { __typename: 'ForbiddenError', code: string, message: string, provider: Provider | null, operation: string }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'UserDeletion', pending: boolean, user: { providerId: string, email: string | null } }
    | { __typename: 'ValidationError', code: string, message: string, field: string }
   };

export type AuthressAddUserToTenantMutationVariables = Exact<{
  userId: string | number;
  tenantId: string | number;
}>;


export type AuthressAddUserToTenantMutation = { addUserToTenant:
    | { __typename: 'ForbiddenError', code: string, message: string, provider: Provider | null, operation: string }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'User', providerId: string, tenants: Array<{ providerId: string }> | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string }
   };

export type AuthressUser7QueryVariables = Exact<{
  id: string;
}>;


export type AuthressUser7Query = { user: { providerId: string } | null };

export type AuthressUser8QueryVariables = Exact<{
  id: string;
}>;


export type AuthressUser8Query = { user: { providerId: string } | null };

export type AuthressProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthressProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, capabilities: Array<ProviderCapability>, userFilters: Array<string> }> };

export type CursorSecretPageQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type CursorSecretPageQuery = { users: { edges: Array<{ node: { id: string } }>, pageInfo: { endCursor: string | null } } };

export type ForbiddenAnyProviderDeleteUserMutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type ForbiddenAnyProviderDeleteUserMutation = { deleteUser:
    | { __typename: 'ForbiddenError', code: string, message: string, provider: Provider | null, operation: string, providerMessage: string | null }
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'UserDeletion', pending: boolean }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type GlobalIdsInInputsCreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type GlobalIdsInInputsCreateInvitationMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'InsufficientScopeError' }
    | { __typename: 'Invitation', provider: Provider, tenant: { providerId: string } | null, roles: Array<{ providerId: string }> | null }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError', field: string }
   };

export type GlobalIdsInInputsUserQueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type GlobalIdsInInputsUserQuery = { user: { id: string } | null };

export type GlobalIdsInInputsUser2QueryVariables = Exact<{
  id?: string | null | undefined;
}>;


export type GlobalIdsInInputsUser2Query = { user: { id: string } | null };

export type GlobalIdsInInputsInvitationsQueryVariables = Exact<{
  o?: string | null | undefined;
}>;


export type GlobalIdsInInputsInvitationsQuery = { invitations: { edges: Array<{ node: { id: string } }> } };

export type GlobalIdsInInputsInvitations2QueryVariables = Exact<{
  o?: string | null | undefined;
}>;


export type GlobalIdsInInputsInvitations2Query = { invitations: { edges: Array<{ node: { id: string } }> } };

export type GlobalIdsInInputsUsersQueryVariables = Exact<{
  p?: Array<string> | string | null | undefined;
}>;


export type GlobalIdsInInputsUsersQuery = { users: { totalCount: number | null } };

export type GlobalIdsInInputsUsers2QueryVariables = Exact<{
  p?: Array<string> | string | null | undefined;
}>;


export type GlobalIdsInInputsUsers2Query = { users: { totalCount: number | null } };

export type LogtoCreateInvitationMutationVariables = Exact<{
  input: CreateInvitationInput;
}>;


export type LogtoCreateInvitationMutation = { createInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string, provider: Provider | null, operation: string }
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation', id: string, providerId: string, email: string, status: InvitationStatus, expiresAt: string | null, tenant: { providerId: string, name: string | null } | null, roles: Array<{ providerId: string, name: string }> | null, inviter: { providerId: string } | null }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string, inputField: string | null }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string, httpStatus: number | null, providerCode: string | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string }
   };

export type LogtoSetInvitationStatusMutationVariables = Exact<{
  input: SetInvitationStatusInput;
}>;


export type LogtoSetInvitationStatusMutation = { setInvitationStatus:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'Invitation', id: string, status: InvitationStatus, updatedAt: string | null, acceptedBy: { providerId: string, email: string | null } | null }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string, httpStatus: number | null, providerCode: string | null }
    | { __typename: 'ValidationError', code: string, message: string, field: string }
   };

export type LogtoResendInvitation2MutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type LogtoResendInvitation2Mutation = { resendInvitation:
    | { __typename: 'EmailConnectorMissingError', code: string, message: string }
    | { __typename: 'Invitation', id: string, status: InvitationStatus }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type LogtoDeleteInvitationMutationVariables = Exact<{
  input: DeleteInvitationInput;
}>;


export type LogtoDeleteInvitationMutation = { deleteInvitation:
    | { __typename: 'Invitation', id: string, providerId: string, email: string }
    | { __typename: 'NotFoundError', code: string, message: string, kind: string, resourceId: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type LogtoProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, capabilities: Array<ProviderCapability>, userFilters: Array<string>, invitationFilters: Array<string> }> };

export type LogtoInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitationsQuery = { invitations: { totalCount: number | null, edges: Array<{ node: { provider: Provider, providerId: string, email: string, status: InvitationStatus, createdAt: string | null, expiresAt: string | null, tenant: { name: string | null } | null, roles: Array<{ name: string }> | null, inviter: { email: string | null } | null, acceptedBy: { email: string | null } | null } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean } } };

export type LogtoInvitationsAheadQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitationsAheadQuery = { invitations: { edges: Array<{ node: { providerId: string, tenant: { providerId: string, name: string | null } | null } }> } };

export type LogtoInvitationsNoTenantQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitationsNoTenantQuery = { invitations: { edges: Array<{ node: { providerId: string, email: string } }> } };

export type LogtoInvitations11QueryVariables = Exact<{
  f?: InvitationFilter | null | undefined;
}>;


export type LogtoInvitations11Query = { invitations: { totalCount: number | null, edges: Array<{ node: { status: InvitationStatus, email: string, tenant: { providerId: string } | null, inviter: { providerId: string } | null } }> } };

export type LogtoInvitations2QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations2Query = { invitations: { totalCount: number | null } };

export type LogtoInvitations12QueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type LogtoInvitations12Query = { invitations: { totalCount: number | null, edges: Array<{ cursor: string, node: { providerId: string } }>, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null } } };

export type LogtoTenantsQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoTenantsQuery = { tenants: { totalCount: number | null, edges: Array<{ node: { providerId: string, name: string | null, description: string | null, createdAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LogtoTenants2QueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type LogtoTenants2Query = { tenants: { edges: Array<{ node: { name: string | null } }>, pageInfo: { hasNextPage: boolean } } };

export type LogtoRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoRolesQuery = { roles: { totalCount: number | null, edges: Array<{ node: { name: string, description: string | null } }>, pageInfo: { hasPreviousPage: boolean } } };

export type LogtoNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LogtoNodeQuery = { node:
    | { name: string | null, invitations: { totalCount: number | null }, users: { totalCount: number | null, edges: Array<{ node: { providerId: string } }> } }
    | Record<PropertyKey, never>
   | null };

export type LogtoUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoUsersQuery = { users: { totalCount: number | null, edges: Array<{ node: { providerId: string, email: string | null, status: UserStatus | null, displayName: string | null, logto: { username: string | null, isSuspended: boolean, lastSignInAt: string | null } | null } }> } };

export type LogtoUserQueryVariables = Exact<{
  id: string;
}>;


export type LogtoUserQuery = { user: { email: string | null, firstName: string | null, lastName: string | null } | null };

export type LogtoUser2QueryVariables = Exact<{
  e: string;
}>;


export type LogtoUser2Query = { user: { providerId: string } | null };

export type LogtoUser3QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoUser3Query = { user: { email: string | null } | null };

export type LogtoUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoUsers2Query = { users: { edges: Array<{ node: { email: string | null } }> } };

export type LogtoUsers3QueryVariables = Exact<{
  e?: string | null | undefined;
}>;


export type LogtoUsers3Query = { users: { totalCount: number | null } };

export type LogtoUsers4QueryVariables = Exact<{
  e?: string | null | undefined;
}>;


export type LogtoUsers4Query = { users: { totalCount: number | null, edges: Array<{ node: { providerId: string } }> } };

export type LogtoNode2QueryVariables = Exact<{
  id: string | number;
}>;


export type LogtoNode2Query = { node:
    | { providerId: string, email: string }
    | Record<PropertyKey, never>
   | null };

export type LogtoNode3QueryVariables = Exact<{
  id: string | number;
}>;


export type LogtoNode3Query = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LogtoUser4QueryVariables = Exact<{
  id: string;
}>;


export type LogtoUser4Query = { user: { tenants: Array<{ providerId: string, name: string | null }> | null } | null };

export type LogtoUser5QueryVariables = Exact<{
  id: string;
}>;


export type LogtoUser5Query = { user: { tenants: Array<{ providerId: string }> | null } | null };

export type LogtoInvitations3QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations3Query = { invitations: { totalCount: number | null } };

export type LogtoInvitations4QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations4Query = { invitations: { totalCount: number | null } };

export type LogtoInvitations5QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations5Query = { invitations: { totalCount: number | null } };

export type LogtoRoles2QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoRoles2Query = { roles: { totalCount: number | null } };

export type LogtoInvitations6QueryVariables = Exact<{
  e?: string | null | undefined;
}>;


export type LogtoInvitations6Query = { invitations: { edges: Array<{ node: { id: string, status: InvitationStatus } }> } };

export type LogtoResendInvitationMutationVariables = Exact<{
  input: ResendInvitationInput;
}>;


export type LogtoResendInvitationMutation = { resendInvitation:
    | { __typename: 'EmailConnectorMissingError' }
    | { __typename: 'Invitation' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError', code: string, providerCode: string | null, retryAfterSeconds: number | null, retryable: boolean }
    | { __typename: 'ValidationError' }
   };

export type LogtoUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type LogtoUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string }
    | { __typename: 'NotFoundError', code: string, kind: string }
    | { __typename: 'UnsupportedOperationError', code: string }
    | { __typename: 'UpstreamError', code: string }
    | { __typename: 'User', status: UserStatus | null, logto: { isSuspended: boolean } | null }
    | { __typename: 'ValidationError', code: string, field: string }
   };

export type LogtoDeleteUserMutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type LogtoDeleteUserMutation = { deleteUser:
    | { __typename: 'ForbiddenError', code: string }
    | { __typename: 'NotFoundError', code: string }
    | { __typename: 'UnsupportedOperationError', code: string }
    | { __typename: 'UpstreamError', code: string }
    | { __typename: 'UserDeletion', pending: boolean, user: { providerId: string } }
    | { __typename: 'ValidationError', code: string }
   };

export type LogtoDeprovisionPersonMutationVariables = Exact<{
  input: DeprovisionPersonInput;
}>;


export type LogtoDeprovisionPersonMutation = { deprovisionPerson:
    | { __typename: 'DeprovisionReport', dryRun: boolean, entries: Array<{ provider: Provider, action: DeprovisionAction, outcome: DeprovisionOutcome, detail: string | null, account: { email: string | null } | null, invitation: { id: string, providerId: string } | null }> }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError' }
   };

export type LogtoDeleteUser2MutationVariables = Exact<{
  input: DeleteUserInput;
}>;


export type LogtoDeleteUser2Mutation = { deleteUser:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'UserDeletion', pending: boolean, deletedInvitations: Array<{ providerId: string, email: string, status: InvitationStatus }> }
    | { __typename: 'ValidationError' }
   };

export type LogtoNode4QueryVariables = Exact<{
  id: string | number;
}>;


export type LogtoNode4Query = { node:
    | { roles: Array<{ providerId: string }> | null, tenants: Array<{ providerId: string }> | null }
    | Record<PropertyKey, never>
   | null };

export type LogtoNode5QueryVariables = Exact<{
  id: string | number;
}>;


export type LogtoNode5Query = { node:
    | { status: InvitationStatus }
    | Record<PropertyKey, never>
   | null };

export type LogtoPersonQueryVariables = Exact<{
  e: string;
}>;


export type LogtoPersonQuery = { person: { invitations: Array<{ provider: Provider, email: string }> } };

export type LogtoUsers5QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoUsers5Query = { users: { totalCount: number | null, edges: Array<{ node: { id: string } }> } };

export type LogtoInvitations10QueryVariables = Exact<{
  a?: string | null | undefined;
}>;


export type LogtoInvitations10Query = { invitations: { edges: Array<{ node: { providerId: string } }>, pageInfo: { endCursor: string | null } } };

export type LogtoInvitations7QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations7Query = { invitations: { edges: Array<{ node: { providerId: string } }> } };

export type LogtoInvitations8QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations8Query = { invitations: { edges: Array<{ node: { providerId: string } }> } };

export type LogtoUsers6QueryVariables = Exact<{
  t: string;
}>;


export type LogtoUsers6Query = { users: { totalCount: number | null, edges: Array<{ node: { providerId: string } }> } };

export type LogtoInvitations9QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoInvitations9Query = { invitations: { edges: Array<{ node: { roles: Array<{ name: string, description: string | null }> | null } }> } };

export type LogtoPerson2QueryVariables = Exact<{ [key: string]: never; }>;


export type LogtoPerson2Query = { person: { errors: Array<{ provider: Provider, code: string }> } };

export type LumappsFidelityUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type LumappsFidelityUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', kind: string, resourceId: string, code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', code: string, message: string }
    | { __typename: 'User', providerId: string, firstName: string | null, lastName: string | null, displayName: string | null }
    | { __typename: 'ValidationError', code: string, message: string }
   };

export type LumappsFidelityUsersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UserFilter | null | undefined;
}>;


export type LumappsFidelityUsersQuery = { users: { edges: Array<{ node: { providerId: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type LumappsFidelityNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LumappsFidelityNodesQuery = { nodes: Array<
    | { providerId: string }
    | Record<PropertyKey, never>
   | null> };

export type LumappsFidelityUserQueryVariables = Exact<{
  id: string;
}>;


export type LumappsFidelityUserQuery = { user: { providerId: string } | null };

export type LumappsFidelityUser2QueryVariables = Exact<{
  email: string;
}>;


export type LumappsFidelityUser2Query = { user: { providerId: string } | null };

export type LumappsFidelityNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LumappsFidelityNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type LumappsMutationsCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type LumappsMutationsCreateUserMutation = { createUser:
    | { __typename: 'NotFoundError', code: string, message: string }
    | { __typename: 'UnsupportedOperationError', operation: string, code: string, message: string }
    | { __typename: 'UpstreamError', httpStatus: number | null, providerCode: string | null, providerMessage: string | null, code: string, message: string }
    | { __typename: 'User', id: string, providerId: string, email: string | null, firstName: string | null, lastName: string | null, status: UserStatus | null, lumapps: { accountType: string | null, isHidden: boolean | null } | null }
    | { __typename: 'ValidationError', field: string, reason: string, code: string, message: string }
   };

export type LumappsMutationsUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type LumappsMutationsUpdateUserMutation = { updateUser:
    | { __typename: 'InsufficientScopeError', code: string, message: string }
    | { __typename: 'NotFoundError', kind: string, resourceId: string, code: string, message: string }
    | { __typename: 'UnsupportedOperationError', code: string, message: string }
    | { __typename: 'UpstreamError', httpStatus: number | null, providerCode: string | null, code: string, message: string }
    | { __typename: 'User', id: string, providerId: string, firstName: string | null, lastName: string | null, displayName: string | null, status: UserStatus | null, lumapps: { isHidden: boolean | null, accountType: string | null } | null }
    | { __typename: 'ValidationError', field: string, reason: string, code: string, message: string }
   };

export type LumappsMutationsNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LumappsMutationsNodeQuery = { node:
    | { email: string | null }
    | Record<PropertyKey, never>
   | null };

export type LumappsMutationsUsersQueryVariables = Exact<{
  f?: UserFilter | null | undefined;
}>;


export type LumappsMutationsUsersQuery = { users: { edges: Array<{ node: { providerId: string } }> } };

export type LumappsMutationsPersonQueryVariables = Exact<{
  e: string;
}>;


export type LumappsMutationsPersonQuery = { person: { accounts: Array<{ provider: Provider, providerId: string }> } };

export type LumappsMutationsDeprovisionPersonMutationVariables = Exact<{
  e: string;
}>;


export type LumappsMutationsDeprovisionPersonMutation = { deprovisionPerson:
    | { entries: Array<{ provider: Provider, action: DeprovisionAction, outcome: DeprovisionOutcome }> }
    | Record<PropertyKey, never>
   };

export type LumappsUpstreamUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUpstreamUsers3Query = { users: { edges: Array<{ node: { email: string | null } }> } };

export type LumappsUpstreamProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUpstreamProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode }>, currentUser: { email: string | null } | null };

export type LumappsUpstreamUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUpstreamUsersQuery = { users: { edges: Array<{ node: { email: string | null } }>, pageInfo: { hasNextPage: boolean } } };

export type LumappsUpstreamUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUpstreamUsers2Query = { users: { edges: Array<{ node: { email: string | null } }> } };

export type LumappsUpstreamCurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUpstreamCurrentUserQuery = { currentUser: { email: string | null } | null };

export type LumappsUsersListQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LumappsUsersListQuery = { users: { totalCount: number | null, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { providerId: string, email: string | null, status: UserStatus | null, createdAt: string | null, lumapps: { accountType: string | null, isHidden: boolean | null } | null } }> } };

export type LumappsUsersUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsersQuery = { users: { edges: Array<{ cursor: string }> } };

export type LumappsUsersUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers2Query = { users: { edges: Array<{ cursor: string }> } };

export type LumappsUsersUsers3QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers3Query = { users: { edges: Array<{ node: { provider: Provider, email: string | null, lumapps: { accountType: string | null } | null } }> } };

export type LumappsUsersUsers4QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers4Query = { users: { edges: Array<{ node: { id: string, email: string | null } }> } };

export type LumappsUsersUsers5QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers5Query = { users: { edges: Array<{ node: { id: string, email: string | null, displayName: string | null, lumapps: { accountType: string | null } | null } }> } };

export type LumappsUsersUsers6QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers6Query = { users: { edges: Array<{ node: { providerId: string, email: string | null } }> } };

export type EFragment = { node: { providerId: string, email: string | null } };

export type LumappsUsersUsers7QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers7Query = { users: { totalCount: number | null } };

export type LumappsUsersUsers8QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers8Query = { users: { edges: Array<{ node: { id: string, email: string | null } }> } };

export type LumappsUsersUserQueryVariables = Exact<{
  id: string;
}>;


export type LumappsUsersUserQuery = { user: { providerId: string, email: string | null, firstName: string | null, lastName: string | null, enabled: boolean | null, lumapps: { accountType: string | null, customerId: string | null } | null } | null };

export type LumappsUsersUser2QueryVariables = Exact<{
  e: string;
}>;


export type LumappsUsersUser2Query = { user: { providerId: string, lumapps: { isHidden: boolean | null } | null } | null };

export type LumappsUsersAQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersAQuery = { a: { id: string } | null, b: { id: string } | null };

export type LumappsUsersUser3QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUser3Query = { user: { id: string } | null };

export type LumappsUsersUsers9QueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersUsers9Query = { users: { edges: Array<{ node: { id: string, providerId: string } }> } };

export type LumappsUsersNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type LumappsUsersNodeQuery = { node:
    | { providerId: string }
    | Record<PropertyKey, never>
   | null };

export type LumappsUsersNodesQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type LumappsUsersNodesQuery = { nodes: Array<
    | { providerId: string }
    | Record<PropertyKey, never>
   | null> };

export type LumappsUsersCurrentUserQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersCurrentUserQuery = { currentUser: { email: string | null, lumapps: { isSuperAdmin: boolean | null } | null } | null };

export type LumappsUsersRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersRolesQuery = { roles: { edges: Array<{ cursor: string }> } };

export type LumappsUsersProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type LumappsUsersProvidersQuery = { providers: Array<{ provider: Provider, mode: ProviderMode, capabilities: Array<ProviderCapability>, userFilters: Array<string> }> };

export type PersonSelectionPerson2QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson2Query = { person: { accounts: Array<{ id: string }>, invitations: Array<{ id: string }> } };

export type PersonSelectionAQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionAQuery = { a: { id: string, email: string }, b: { id: string, email: string } };

export type PersonSelectionPersonQueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPersonQuery = { person: { id: string } };

export type PersonSelectionNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonSelectionNodeQuery = { node:
    | { __typename: 'Invitation', id: string }
    | { __typename: 'Person', email: string, id: string, accounts: Array<{ provider: Provider }> }
    | { __typename: 'Role', id: string }
    | { __typename: 'Tenant', id: string }
    | { __typename: 'User', id: string }
   | null };

export type PersonSelectionPerson3QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson3Query = { person: { id: string, email: string } };

export type PersonSelectionPerson4QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson4Query = { person: { accounts: Array<{ provider: Provider }>, errors: Array<{ provider: Provider }> } };

export type PersonSelectionPerson5QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson5Query = { person: { errors: Array<{ provider: Provider }>, accounts: Array<{ provider: Provider }> } };

export type PersonSelectionPerson6QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson6Query = { person: { accounts: Array<{ id: string }> } };

export type PersonSelectionA2QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionA2Query = { a: { accounts: Array<{ id: string }>, errors: Array<{ code: string }> }, b: { accounts: Array<{ provider: Provider }> } };

export type PersonSelectionPerson7QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson7Query = { person: { accounts: Array<{ provider: Provider }>, errors: Array<{ provider: Provider, code: string }> } };

export type PersonSelectionPerson8QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson8Query = { person: { invitations: Array<{ provider: Provider }>, errors: Array<{ provider: Provider, code: string }> } };

export type PersonSelectionPerson9QueryVariables = Exact<{ [key: string]: never; }>;


export type PersonSelectionPerson9Query = { person: { errors: Array<{ provider: Provider, code: string }> } };

export type PersonPersonQueryVariables = Exact<{
  email: string;
}>;


export type PersonPersonQuery = { person: { email: string, providers: Array<Provider>, accounts: Array<{ provider: Provider, email: string | null, status: UserStatus | null }>, invitations: Array<{ provider: Provider, email: string, status: InvitationStatus }>, errors: Array<{ provider: Provider, code: string, message: string }> } };

export type PersonDeprovisionPersonMutationVariables = Exact<{
  input: DeprovisionPersonInput;
}>;


export type PersonDeprovisionPersonMutation = { deprovisionPerson:
    | { __typename: 'DeprovisionReport', dryRun: boolean, complete: boolean, entries: Array<{ provider: Provider, action: DeprovisionAction, outcome: DeprovisionOutcome, detail: string | null, account: { email: string | null } | null, invitation: { email: string } | null, error: { provider: Provider, code: string } | null }> }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'ValidationError', field: string }
   };

export type SmallThingsProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SmallThingsProvidersQuery = { providers: Array<{ provider: Provider }> };

export type SmallThingsUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type SmallThingsUsersQuery = { users: { totalCount: number | null } };

export type SmallThingsTypeQueryVariables = Exact<{ [key: string]: never; }>;


export type SmallThingsTypeQuery = { __type: { fields: Array<{ name: string, description: string | null }> | null } | null, s: { description: string | null } | null };

export type SmallThingsPersonQueryVariables = Exact<{
  e: string;
}>;


export type SmallThingsPersonQuery = { person: { accounts: Array<{ id: string, provider: Provider }> } };

export type SmallThingsUpdateUserMutationVariables = Exact<{
  id: string | number;
}>;


export type SmallThingsUpdateUserMutation = { updateUser:
    | { code: string }
    | { code: string }
    | { code: string }
    | { code: string }
    | { status: UserStatus | null }
    | { code: string }
   };

export type SmallThingsDeprovisionPersonMutationVariables = Exact<{
  e: string;
}>;


export type SmallThingsDeprovisionPersonMutation = { deprovisionPerson:
    | { entries: Array<{ provider: Provider, outcome: DeprovisionOutcome, detail: string | null }> }
    | Record<PropertyKey, never>
   };

export type LimitsUsersQueryVariables = Exact<{
  n?: number | null | undefined;
}>;


export type LimitsUsersQuery = { users: { edges: Array<{ node: { id: string } }> } };

export type LimitsUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsUsers2Query = { users: { totalCount: number | null } };

export type LimitsSchemaQueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsSchemaQuery = { __schema: { queryType: { name: string | null } } };

export type LimitsSchema2QueryVariables = Exact<{ [key: string]: never; }>;


export type LimitsSchema2Query = { __schema: { queryType: { name: string | null } } };

export type HealthUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthUsersQuery = { users: { edges: Array<{ node: { id: string } }> } };

export type HealthUsers2QueryVariables = Exact<{ [key: string]: never; }>;


export type HealthUsers2Query = { users: { edges: Array<{ node: { id: string } }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: { edges: Array<{ node: { id: string } }> } };

export type EveryoneQueryVariables = Exact<{ [key: string]: never; }>;


export type EveryoneQuery = { person: { providers: Array<Provider> } };

export type ResilienceProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type ResilienceProvidersQuery = { providers: Array<{ provider: Provider, circuit: { state: CircuitState, failures: number, openedAt: string | null, retryAt: string | null } | null }> };

export type CatalogCacheUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCacheUsersQuery = { users: { edges: Array<{ node: { providerId: string, tenants: Array<{ providerId: string }> | null } }> } };

export type CatalogCacheAddUserToTenantMutationVariables = Exact<{
  u: string | number;
  t: string | number;
}>;


export type CatalogCacheAddUserToTenantMutation = { addUserToTenant:
    | { __typename: 'ForbiddenError' }
    | { __typename: 'NotFoundError' }
    | { __typename: 'UnsupportedOperationError' }
    | { __typename: 'UpstreamError' }
    | { __typename: 'User', tenants: Array<{ providerId: string }> | null }
    | { __typename: 'ValidationError' }
   };

export type CatalogCacheRolesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCacheRolesQuery = { roles: { edges: Array<{ node: { name: string } }> } };

export type CatalogCacheRoles2QueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCacheRoles2Query = { roles: { totalCount: number | null, edges: Array<{ node: { providerId: string, name: string } }> }, tenants: { totalCount: number | null, edges: Array<{ node: { providerId: string, name: string | null } }> } };

export type CatalogCacheInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogCacheInvitationsQuery = { invitations: { totalCount: number | null, edges: Array<{ node: { id: string, status: InvitationStatus, tenant: { providerId: string, name: string | null } | null } }> } };

export type UpstreamBudgetUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UpstreamBudgetUsersQuery = { users: { edges: Array<{ node: { id: string } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const EFragmentDoc = new TypedDocumentString(`
    fragment E on UserEdge {
  node {
    ... on User {
      providerId
      email
    }
  }
}
    `, {"fragmentName":"E"}) as unknown as TypedDocumentString<EFragment, unknown>;
export const FuzzUsersDocument = new TypedDocumentString(`
    query FuzzUsers {
  users(provider: APALEO, first: 2) {
    edges {
      cursor
      node {
        id
      }
    }
  }
  roles(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FuzzUsersQuery, FuzzUsersQueryVariables>;
export const FuzzUsers2Document = new TypedDocumentString(`
    query FuzzUsers2 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<FuzzUsers2Query, FuzzUsers2QueryVariables>;
export const GateGraphqlNodesDocument = new TypedDocumentString(`
    query GateGraphqlNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<GateGraphqlNodesQuery, GateGraphqlNodesQueryVariables>;
export const GateHttpProvidersDocument = new TypedDocumentString(`
    query GateHttpProviders {
  providers {
    provider
  }
}
    `) as unknown as TypedDocumentString<GateHttpProvidersQuery, GateHttpProvidersQueryVariables>;
export const GateHttpProviders2Document = new TypedDocumentString(`
    query GateHttpProviders2 {
  providers {
    provider
    mode
  }
}
    `) as unknown as TypedDocumentString<GateHttpProviders2Query, GateHttpProviders2QueryVariables>;
export const GateHttpProviders3Document = new TypedDocumentString(`
    query GateHttpProviders3 {
  providers {
    provider
  }
}
    `) as unknown as TypedDocumentString<GateHttpProviders3Query, GateHttpProviders3QueryVariables>;
export const GateHttpInvitationsDocument = new TypedDocumentString(`
    query GateHttpInvitations {
  invitations(provider: APALEO) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateHttpInvitationsQuery, GateHttpInvitationsQueryVariables>;
export const GateHttpUsersDocument = new TypedDocumentString(`
    query GateHttpUsers {
  users(provider: APALEO, first: 1, after: "not-a-cursor") {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateHttpUsersQuery, GateHttpUsersQueryVariables>;
export const GateHttpRolesDocument = new TypedDocumentString(`
    query GateHttpRoles {
  roles(provider: LUMAPPS) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateHttpRolesQuery, GateHttpRolesQueryVariables>;
export const GateHttpUsers2Document = new TypedDocumentString(`
    query GateHttpUsers2 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateHttpUsers2Query, GateHttpUsers2QueryVariables>;
export const GateUpstreamNodeByIdDocument = new TypedDocumentString(`
    query GateUpstreamNodeById($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamNodeByIdQuery, GateUpstreamNodeByIdQueryVariables>;
export const GateUpstreamUsersDocument = new TypedDocumentString(`
    query GateUpstreamUsers {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsersQuery, GateUpstreamUsersQueryVariables>;
export const GateUpstreamNodesDocument = new TypedDocumentString(`
    query GateUpstreamNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamNodesQuery, GateUpstreamNodesQueryVariables>;
export const GateUpstreamNodes2Document = new TypedDocumentString(`
    query GateUpstreamNodes2($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamNodes2Query, GateUpstreamNodes2QueryVariables>;
export const GateUpstreamCreateInvitationDocument = new TypedDocumentString(`
    mutation GateUpstreamCreateInvitation($email: String!) {
  createInvitation(input: {provider: APALEO, email: $email, tenantIds: ["BER"]}) {
    __typename
    ... on Invitation {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamCreateInvitationMutation, GateUpstreamCreateInvitationMutationVariables>;
export const GateUpstreamDeleteInvitationDocument = new TypedDocumentString(`
    mutation GateUpstreamDeleteInvitation($id: ID!) {
  deleteInvitation(input: {id: $id}) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamDeleteInvitationMutation, GateUpstreamDeleteInvitationMutationVariables>;
export const GateUpstreamUpdateUser3Document = new TypedDocumentString(`
    mutation GateUpstreamUpdateUser3($id: ID!) {
  updateUser(input: {id: $id, firstName: "Gate"}) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUpdateUser3Mutation, GateUpstreamUpdateUser3MutationVariables>;
export const GateUpstreamCreateInvitation2Document = new TypedDocumentString(`
    mutation GateUpstreamCreateInvitation2 {
  createInvitation(
    input: {provider: APALEO, email: "gate-reset@example.com", tenantIds: ["BER"]}
  ) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamCreateInvitation2Mutation, GateUpstreamCreateInvitation2MutationVariables>;
export const GateUpstreamCreateInvitation3Document = new TypedDocumentString(`
    mutation GateUpstreamCreateInvitation3($email: String!) {
  createInvitation(input: {provider: APALEO, email: $email, tenantIds: ["BER"]}) {
    __typename
    ... on Invitation {
      email
    }
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamCreateInvitation3Mutation, GateUpstreamCreateInvitation3MutationVariables>;
export const GateUpstreamUpdateUser4Document = new TypedDocumentString(`
    mutation GateUpstreamUpdateUser4($id: ID!) {
  updateUser(input: {id: $id, lastName: "Readback"}) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUpdateUser4Mutation, GateUpstreamUpdateUser4MutationVariables>;
export const GateUpstreamInvitationsDocument = new TypedDocumentString(`
    query GateUpstreamInvitations {
  invitations(provider: LOGTO, first: 20) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamInvitationsQuery, GateUpstreamInvitationsQueryVariables>;
export const GateUpstreamResendInvitationDocument = new TypedDocumentString(`
    mutation GateUpstreamResendInvitation($id: ID!) {
  resendInvitation(input: {id: $id}) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamResendInvitationMutation, GateUpstreamResendInvitationMutationVariables>;
export const GateUpstreamResendInvitation2Document = new TypedDocumentString(`
    mutation GateUpstreamResendInvitation2($id: ID!) {
  resendInvitation(input: {id: $id}) {
    __typename
    ... on Invitation {
      id
      status
    }
    ... on UpstreamError {
      code
      outcomeUnknown
      retryable
      message
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamResendInvitation2Mutation, GateUpstreamResendInvitation2MutationVariables>;
export const GateUpstreamUsers2Document = new TypedDocumentString(`
    query GateUpstreamUsers2 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers2Query, GateUpstreamUsers2QueryVariables>;
export const GateUpstreamUsers3Document = new TypedDocumentString(`
    query GateUpstreamUsers3 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers3Query, GateUpstreamUsers3QueryVariables>;
export const GateUpstreamUsers4Document = new TypedDocumentString(`
    query GateUpstreamUsers4 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers4Query, GateUpstreamUsers4QueryVariables>;
export const GateUpstreamNodes3Document = new TypedDocumentString(`
    query GateUpstreamNodes3($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamNodes3Query, GateUpstreamNodes3QueryVariables>;
export const GateUpstreamUsers5Document = new TypedDocumentString(`
    query GateUpstreamUsers5 {
  users(provider: LOGTO, first: 1) {
    totalCount
  }
  users2: users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers5Query, GateUpstreamUsers5QueryVariables>;
export const GateUpstreamUpdateUserDocument = new TypedDocumentString(`
    mutation GateUpstreamUpdateUser($id: ID!) {
  updateUser(input: {id: $id, status: DISABLED}) {
    __typename
    ... on ValidationError {
      code
      field
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUpdateUserMutation, GateUpstreamUpdateUserMutationVariables>;
export const GateUpstreamUpdateUser2Document = new TypedDocumentString(`
    mutation GateUpstreamUpdateUser2($id: ID!) {
  updateUser(input: {id: $id, firstName: "X"}) {
    __typename
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUpdateUser2Mutation, GateUpstreamUpdateUser2MutationVariables>;
export const GateUpstreamUsers6Document = new TypedDocumentString(`
    query GateUpstreamUsers6 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers6Query, GateUpstreamUsers6QueryVariables>;
export const GateUpstreamRolesDocument = new TypedDocumentString(`
    query GateUpstreamRoles {
  roles(provider: APALEO) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamRolesQuery, GateUpstreamRolesQueryVariables>;
export const GateUpstreamRoles2Document = new TypedDocumentString(`
    query GateUpstreamRoles2 {
  roles(provider: APALEO) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamRoles2Query, GateUpstreamRoles2QueryVariables>;
export const GateUpstreamUsers7Document = new TypedDocumentString(`
    query GateUpstreamUsers7 {
  users(provider: APALEO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers7Query, GateUpstreamUsers7QueryVariables>;
export const GateUpstreamUsers8Document = new TypedDocumentString(`
    query GateUpstreamUsers8($p: [String!]) {
  users(provider: APALEO, first: 1, filter: {propertyIds: $p}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers8Query, GateUpstreamUsers8QueryVariables>;
export const GateUpstreamUsers9Document = new TypedDocumentString(`
    query GateUpstreamUsers9($p: [String!]) {
  users(provider: APALEO, first: 1, filter: {propertyIds: $p}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GateUpstreamUsers9Query, GateUpstreamUsers9QueryVariables>;
export const AcrossFailingPageDocument = new TypedDocumentString(`
    query AcrossFailingPage($first: Int, $after: String) {
  users(first: $first, after: $after) {
    edges {
      node {
        id
        provider
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossFailingPageQuery, AcrossFailingPageQueryVariables>;
export const AcrossFailingUsersDocument = new TypedDocumentString(`
    query AcrossFailingUsers {
  users(provider: AUTHRESS, first: 500) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossFailingUsersQuery, AcrossFailingUsersQueryVariables>;
export const AcrossFailingUsers2Document = new TypedDocumentString(`
    query AcrossFailingUsers2 {
  users(provider: LUMAPPS, first: 500) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossFailingUsers2Query, AcrossFailingUsers2QueryVariables>;
export const AcrossFailingUsers3Document = new TypedDocumentString(`
    query AcrossFailingUsers3 {
  users(last: 3) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AcrossFailingUsers3Query, AcrossFailingUsers3QueryVariables>;
export const AcrossUsersDocument = new TypedDocumentString(`
    query AcrossUsers {
  users(first: 500) {
    edges {
      node {
        provider
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossUsersQuery, AcrossUsersQueryVariables>;
export const AcrossUsers2Document = new TypedDocumentString(`
    query AcrossUsers2 {
  users(first: 5, filter: {propertyIds: ["BER"]}) {
    edges {
      node {
        provider
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers2Query, AcrossUsers2QueryVariables>;
export const AcrossUsers3Document = new TypedDocumentString(`
    query AcrossUsers3 {
  users(provider: APALEO, first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers3Query, AcrossUsers3QueryVariables>;
export const AcrossUsers4Document = new TypedDocumentString(`
    query AcrossUsers4($a: String) {
  users(first: 1, after: $a) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers4Query, AcrossUsers4QueryVariables>;
export const AcrossUsers5Document = new TypedDocumentString(`
    query AcrossUsers5 {
  users(last: 3) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers5Query, AcrossUsers5QueryVariables>;
export const AcrossNodesDocument = new TypedDocumentString(`
    query AcrossNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcrossNodesQuery, AcrossNodesQueryVariables>;
export const AcrossNodeDocument = new TypedDocumentString(`
    query AcrossNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcrossNodeQuery, AcrossNodeQueryVariables>;
export const AcrossNodes2Document = new TypedDocumentString(`
    query AcrossNodes2($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcrossNodes2Query, AcrossNodes2QueryVariables>;
export const AcrossNodes3Document = new TypedDocumentString(`
    query AcrossNodes3($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcrossNodes3Query, AcrossNodes3QueryVariables>;
export const AcrossUsers6Document = new TypedDocumentString(`
    query AcrossUsers6 {
  users(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers6Query, AcrossUsers6QueryVariables>;
export const AcrossUsers7Document = new TypedDocumentString(`
    query AcrossUsers7 {
  users(provider: AUTHRESS, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AcrossUsers7Query, AcrossUsers7QueryVariables>;
export const AcrossNodes4Document = new TypedDocumentString(`
    query AcrossNodes4($ids: [ID!]!) {
  nodes(ids: $ids) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcrossNodes4Query, AcrossNodes4QueryVariables>;
export const AliasesTwoProvidersDocument = new TypedDocumentString(`
    query AliasesTwoProviders {
  a: users(provider: APALEO, first: 3) {
    totalCount
    edges {
      cursor
      node {
        id
        provider
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
  b: users(provider: LOGTO, first: 3) {
    edges {
      node {
        id
        provider
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AliasesTwoProvidersQuery, AliasesTwoProvidersQueryVariables>;
export const AliasesListsDocument = new TypedDocumentString(`
    query AliasesLists {
  t1: tenants(provider: LOGTO, first: 2) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  t2: tenants(provider: AUTHRESS, first: 2) {
    edges {
      node {
        id
        provider
      }
    }
  }
  i1: invitations(provider: LOGTO, first: 2) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      hasNextPage
    }
  }
  i2: invitations(provider: APALEO, first: 2) {
    edges {
      node {
        id
        provider
      }
    }
  }
  r: roles(provider: APALEO, first: 2) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AliasesListsQuery, AliasesListsQueryVariables>;
export const AliasesNestedDocument = new TypedDocumentString(`
    query AliasesNested {
  tenants(provider: LOGTO, first: 20) {
    edges {
      node {
        name
        users(first: 2) {
          edges {
            node {
              id
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AliasesNestedQuery, AliasesNestedQueryVariables>;
export const AliasesBadArgDocument = new TypedDocumentString(`
    query AliasesBadArg {
  a: users(provider: APALEO, first: -3) {
    edges {
      node {
        id
      }
    }
  }
  b: users(provider: LOGTO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AliasesBadArgQuery, AliasesBadArgQueryVariables>;
export const ApaleoFaultsBrokenDocument = new TypedDocumentString(`
    query ApaleoFaultsBroken($id: String!) {
  broken: user(provider: APALEO, id: $id) {
    email
  }
  roles(provider: APALEO, first: 3) {
    totalCount
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFaultsBrokenQuery, ApaleoFaultsBrokenQueryVariables>;
export const ApaleoFaultsCreateInvitationDocument = new TypedDocumentString(`
    mutation ApaleoFaultsCreateInvitation {
  createInvitation(
    input: {provider: APALEO, email: "retry.me@hotel.example.com", tenantIds: ["BER"]}
  ) {
    __typename
    ... on UpstreamError {
      code
      httpStatus
      retryable
      outcomeUnknown
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFaultsCreateInvitationMutation, ApaleoFaultsCreateInvitationMutationVariables>;
export const ApaleoFaultsCreateInvitation2Document = new TypedDocumentString(`
    mutation ApaleoFaultsCreateInvitation2 {
  createInvitation(
    input: {provider: APALEO, email: "slow.one@hotel.example.com", tenantIds: ["BER"]}
  ) {
    __typename
    ... on UpstreamError {
      code
      outcomeUnknown
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFaultsCreateInvitation2Mutation, ApaleoFaultsCreateInvitation2MutationVariables>;
export const ApaleoFaultsRolesDocument = new TypedDocumentString(`
    query ApaleoFaultsRoles {
  roles(provider: APALEO) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApaleoFaultsRolesQuery, ApaleoFaultsRolesQueryVariables>;
export const ApaleoFidelityUsersDocument = new TypedDocumentString(`
    query ApaleoFidelityUsers($first: Int) {
  users(provider: APALEO, first: $first) {
    totalCount
    edges {
      node {
        providerId
        roles {
          providerId
          name
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityUsersQuery, ApaleoFidelityUsersQueryVariables>;
export const ApaleoFidelityUserDocument = new TypedDocumentString(`
    query ApaleoFidelityUser($id: String!) {
  user(provider: APALEO, id: $id) {
    roles {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityUserQuery, ApaleoFidelityUserQueryVariables>;
export const ApaleoFidelityRolesDocument = new TypedDocumentString(`
    query ApaleoFidelityRoles {
  roles(provider: APALEO, first: 50) {
    edges {
      node {
        providerId
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityRolesQuery, ApaleoFidelityRolesQueryVariables>;
export const ApaleoFidelityCreateInvitationDocument = new TypedDocumentString(`
    mutation ApaleoFidelityCreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on Invitation {
      roles {
        providerId
      }
      apaleo {
        legacyRole
      }
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityCreateInvitationMutation, ApaleoFidelityCreateInvitationMutationVariables>;
export const ApaleoFidelityInvitationsDocument = new TypedDocumentString(`
    query ApaleoFidelityInvitations {
  invitations(provider: APALEO, first: 100) {
    edges {
      node {
        email
        roles {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityInvitationsQuery, ApaleoFidelityInvitationsQueryVariables>;
export const ApaleoFidelityCreateInvitation2Document = new TypedDocumentString(`
    mutation ApaleoFidelityCreateInvitation2($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityCreateInvitation2Mutation, ApaleoFidelityCreateInvitation2MutationVariables>;
export const ApaleoFidelityUpdateUserDocument = new TypedDocumentString(`
    mutation ApaleoFidelityUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on Error {
      code
      message
    }
    ... on UpstreamError {
      httpStatus
      providerMessage
    }
    ... on NotFoundError {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityUpdateUserMutation, ApaleoFidelityUpdateUserMutationVariables>;
export const ApaleoFidelityInvitations2Document = new TypedDocumentString(`
    query ApaleoFidelityInvitations2 {
  invitations(provider: APALEO, filter: {propertyId: "NOPE"}, first: 5) {
    totalCount
    edges {
      node {
        email
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityInvitations2Query, ApaleoFidelityInvitations2QueryVariables>;
export const ApaleoFidelityCurrentUserDocument = new TypedDocumentString(`
    query ApaleoFidelityCurrentUser {
  currentUser(provider: APALEO) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityCurrentUserQuery, ApaleoFidelityCurrentUserQueryVariables>;
export const ApaleoFidelityCurrentUser2Document = new TypedDocumentString(`
    query ApaleoFidelityCurrentUser2 {
  currentUser(provider: APALEO) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<ApaleoFidelityCurrentUser2Query, ApaleoFidelityCurrentUser2QueryVariables>;
export const ApaleoLiveProvidersDocument = new TypedDocumentString(`
    query ApaleoLiveProviders {
  providers {
    provider
    mode
    baseUrl
  }
  users(provider: APALEO, first: 2) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<ApaleoLiveProvidersQuery, ApaleoLiveProvidersQueryVariables>;
export const ApaleoMutationsCreateDocument = new TypedDocumentString(`
    mutation ApaleoMutationsCreate($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on Invitation {
      id
      providerId
      email
      status
      tenants {
        providerId
      }
      roles {
        providerId
      }
      inviterEmail
      inviter {
        email
      }
      apaleo {
        isAccountAdmin
        legacyRole
      }
    }
    ... on Error {
      __typename
      code
      message
    }
    ... on ValidationError {
      field
      provider
    }
    ... on UpstreamError {
      provider
      httpStatus
      providerMessage
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on UnsupportedOperationError {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsCreateMutation, ApaleoMutationsCreateMutationVariables>;
export const ApaleoMutationsDeleteDocument = new TypedDocumentString(`
    mutation ApaleoMutationsDelete($id: ID!) {
  deleteInvitation(input: {id: $id}) {
    __typename
    ... on Invitation {
      id
      providerId
      email
      status
      tenants {
        providerId
      }
      roles {
        providerId
      }
      inviterEmail
      inviter {
        email
      }
      apaleo {
        isAccountAdmin
        legacyRole
      }
    }
    ... on Error {
      __typename
      code
      message
    }
    ... on ValidationError {
      field
      provider
    }
    ... on UpstreamError {
      provider
      httpStatus
      providerMessage
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on UnsupportedOperationError {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsDeleteMutation, ApaleoMutationsDeleteMutationVariables>;
export const ApaleoMutationsInvitationsDocument = new TypedDocumentString(`
    query ApaleoMutationsInvitations {
  invitations(provider: APALEO, filter: {propertyId: "MUC"}, first: 50) {
    totalCount
    edges {
      node {
        email
        status
        tenants {
          providerId
        }
        roles {
          providerId
        }
        inviter {
          email
        }
        apaleo {
          legacyRole
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsInvitationsQuery, ApaleoMutationsInvitationsQueryVariables>;
export const ApaleoMutationsInvitations2Document = new TypedDocumentString(`
    query ApaleoMutationsInvitations2 {
  invitations(provider: APALEO, first: 20) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsInvitations2Query, ApaleoMutationsInvitations2QueryVariables>;
export const ApaleoMutationsInvitations3Document = new TypedDocumentString(`
    query ApaleoMutationsInvitations3 {
  invitations(provider: APALEO, last: 7) {
    edges {
      node {
        email
      }
    }
    pageInfo {
      hasPreviousPage
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsInvitations3Query, ApaleoMutationsInvitations3QueryVariables>;
export const ApaleoMutationsResendDocument = new TypedDocumentString(`
    mutation ApaleoMutationsResend($id: ID!) {
  resendInvitation(input: {id: $id}) {
    __typename
    ... on Invitation {
      id
      providerId
      email
      status
      tenants {
        providerId
      }
      roles {
        providerId
      }
      inviterEmail
      inviter {
        email
      }
      apaleo {
        isAccountAdmin
        legacyRole
      }
    }
    ... on Error {
      __typename
      code
      message
    }
    ... on ValidationError {
      field
      provider
    }
    ... on UpstreamError {
      provider
      httpStatus
      providerMessage
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on UnsupportedOperationError {
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsResendMutation, ApaleoMutationsResendMutationVariables>;
export const ApaleoMutationsUpdateUserDocument = new TypedDocumentString(`
    mutation ApaleoMutationsUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User {
      providerId
      firstName
      lastName
      status
      tenants {
        providerId
      }
      apaleo {
        isAccountAdmin
      }
    }
    ... on Error {
      code
      message
    }
    ... on ValidationError {
      field
    }
    ... on UpstreamError {
      httpStatus
      providerMessage
    }
    ... on NotFoundError {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoMutationsUpdateUserMutation, ApaleoMutationsUpdateUserMutationVariables>;
export const PageDocument = new TypedDocumentString(`
    query Page($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
  users(
    provider: APALEO
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        providerId
        email
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<PageQuery, PageQueryVariables>;
export const ApaleoUsersUsersDocument = new TypedDocumentString(`
    query ApaleoUsersUsers {
  users(provider: APALEO, first: 20) {
    edges {
      node {
        id
        roles {
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersUsersQuery, ApaleoUsersUsersQueryVariables>;
export const ApaleoUsersUsers2Document = new TypedDocumentString(`
    query ApaleoUsersUsers2 {
  users(provider: APALEO, first: 250) {
    edges {
      node {
        id
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersUsers2Query, ApaleoUsersUsers2QueryVariables>;
export const ApaleoUsersRolesDocument = new TypedDocumentString(`
    query ApaleoUsersRoles {
  roles(provider: APALEO, first: 1) {
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersRolesQuery, ApaleoUsersRolesQueryVariables>;
export const ApaleoUsersUserDocument = new TypedDocumentString(`
    query ApaleoUsersUser($id: String, $email: String) {
  user(provider: APALEO, id: $id, email: $email) {
    id
    providerId
    email
    firstName
    status
    enabled
    roles {
      providerId
    }
    tenants {
      providerId
    }
    apaleo {
      isAccountAdmin
      isMfaEnabled
      isPasskeysEnabled
      propertyRoles {
        tenant {
          providerId
        }
        roles {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersUserQuery, ApaleoUsersUserQueryVariables>;
export const ApaleoUsersCurrentUserDocument = new TypedDocumentString(`
    query ApaleoUsersCurrentUser {
  currentUser(provider: APALEO) {
    providerId
    email
    apaleo {
      isAccountAdmin
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersCurrentUserQuery, ApaleoUsersCurrentUserQueryVariables>;
export const ApaleoUsersUsers3Document = new TypedDocumentString(`
    query ApaleoUsersUsers3 {
  users(provider: APALEO, first: 2) {
    edges {
      node {
        id
      }
    }
  }
  invitations(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
  roles(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
  tenants(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersUsers3Query, ApaleoUsersUsers3QueryVariables>;
export const ApaleoUsersNodesDocument = new TypedDocumentString(`
    query ApaleoUsersNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    __typename
    id
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersNodesQuery, ApaleoUsersNodesQueryVariables>;
export const ApaleoUsersNodeDocument = new TypedDocumentString(`
    query ApaleoUsersNode($id: ID!) {
  node(id: $id) {
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersNodeQuery, ApaleoUsersNodeQueryVariables>;
export const ApaleoUsersNode2Document = new TypedDocumentString(`
    query ApaleoUsersNode2($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersNode2Query, ApaleoUsersNode2QueryVariables>;
export const ApaleoUsersNode3Document = new TypedDocumentString(`
    query ApaleoUsersNode3($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersNode3Query, ApaleoUsersNode3QueryVariables>;
export const ApaleoUsersUsers4Document = new TypedDocumentString(`
    query ApaleoUsersUsers4 {
  users(provider: APALEO, first: 100) {
    edges {
      node {
        roles {
          name
        }
        apaleo {
          propertyRoles {
            roles {
              name
            }
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersUsers4Query, ApaleoUsersUsers4QueryVariables>;
export const ApaleoUsersRoles2Document = new TypedDocumentString(`
    query ApaleoUsersRoles2 {
  roles(provider: APALEO, first: 50) {
    totalCount
    edges {
      node {
        providerId
        name
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersRoles2Query, ApaleoUsersRoles2QueryVariables>;
export const ApaleoUsersTenantsDocument = new TypedDocumentString(`
    query ApaleoUsersTenants {
  tenants(provider: APALEO) {
    totalCount
    edges {
      node {
        providerId
        name
        users(first: 3) {
          totalCount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApaleoUsersTenantsQuery, ApaleoUsersTenantsQueryVariables>;
export const AuthressUsersPageDocument = new TypedDocumentString(`
    query AuthressUsersPage($first: Int, $after: String, $last: Int, $before: String, $filter: UserFilter) {
  users(
    provider: AUTHRESS
    first: $first
    after: $after
    last: $last
    before: $before
    filter: $filter
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        providerId
        email
        displayName
        provider
        authress {
          picture
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUsersPageQuery, AuthressUsersPageQueryVariables>;
export const AuthressUserDocument = new TypedDocumentString(`
    query AuthressUser($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    id
    providerId
    email
    displayName
    authress {
      picture
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUserQuery, AuthressUserQueryVariables>;
export const AuthressNodeDocument = new TypedDocumentString(`
    query AuthressNode($id: ID!) {
  node(id: $id) {
    ... on User {
      providerId
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressNodeQuery, AuthressNodeQueryVariables>;
export const AuthressUser2Document = new TypedDocumentString(`
    query AuthressUser2 {
  user(provider: AUTHRESS, id: "oauth2|nobody") {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthressUser2Query, AuthressUser2QueryVariables>;
export const AuthressUser3Document = new TypedDocumentString(`
    query AuthressUser3($e: String!) {
  user(provider: AUTHRESS, email: $e) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<AuthressUser3Query, AuthressUser3QueryVariables>;
export const AuthressUser4Document = new TypedDocumentString(`
    query AuthressUser4($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<AuthressUser4Query, AuthressUser4QueryVariables>;
export const AuthressUser5Document = new TypedDocumentString(`
    query AuthressUser5($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthressUser5Query, AuthressUser5QueryVariables>;
export const AuthressTenantsDocument = new TypedDocumentString(`
    query AuthressTenants {
  tenants(provider: AUTHRESS, first: 20) {
    totalCount
    pageInfo {
      hasNextPage
    }
    edges {
      node {
        id
        providerId
        name
        createdAt
        authress {
          lookupIdentifier
          domains
          connectionId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressTenantsQuery, AuthressTenantsQueryVariables>;
export const AuthressTenantsPageDocument = new TypedDocumentString(`
    query AuthressTenantsPage($after: String) {
  tenants(provider: AUTHRESS, first: 3, after: $after) {
    edges {
      node {
        providerId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressTenantsPageQuery, AuthressTenantsPageQueryVariables>;
export const AuthressTenants2Document = new TypedDocumentString(`
    query AuthressTenants2 {
  tenants(provider: AUTHRESS, first: 5) {
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressTenants2Query, AuthressTenants2QueryVariables>;
export const AuthressTenants3Document = new TypedDocumentString(`
    query AuthressTenants3 {
  tenants(provider: AUTHRESS, first: 20) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthressTenants3Query, AuthressTenants3QueryVariables>;
export const AuthressTenants4Document = new TypedDocumentString(`
    query AuthressTenants4 {
  tenants(provider: AUTHRESS, last: 2) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<AuthressTenants4Query, AuthressTenants4QueryVariables>;
export const AuthressNode2Document = new TypedDocumentString(`
    query AuthressNode2($id: ID!) {
  node(id: $id) {
    ... on Tenant {
      name
      users(first: 500) {
        edges {
          node {
            providerId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressNode2Query, AuthressNode2QueryVariables>;
export const AuthressNode3Document = new TypedDocumentString(`
    query AuthressNode3($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuthressNode3Query, AuthressNode3QueryVariables>;
export const AuthressUsersDocument = new TypedDocumentString(`
    query AuthressUsers {
  users(provider: AUTHRESS, first: 100) {
    edges {
      node {
        providerId
        tenants {
          providerId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUsersQuery, AuthressUsersQueryVariables>;
export const AuthressUsersAheadDocument = new TypedDocumentString(`
    query AuthressUsersAhead {
  users(provider: AUTHRESS, first: 10) {
    edges {
      node {
        providerId
        tenants {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUsersAheadQuery, AuthressUsersAheadQueryVariables>;
export const AuthressUsersNoTenantsDocument = new TypedDocumentString(`
    query AuthressUsersNoTenants {
  users(provider: AUTHRESS, first: 10) {
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUsersNoTenantsQuery, AuthressUsersNoTenantsQueryVariables>;
export const AuthressUsersAheadFailsDocument = new TypedDocumentString(`
    query AuthressUsersAheadFails {
  users(provider: AUTHRESS, first: 5) {
    edges {
      node {
        providerId
        tenants {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressUsersAheadFailsQuery, AuthressUsersAheadFailsQueryVariables>;
export const AuthressNodesDocument = new TypedDocumentString(`
    query AuthressNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Tenant {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressNodesQuery, AuthressNodesQueryVariables>;
export const AuthressNodes2Document = new TypedDocumentString(`
    query AuthressNodes2($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on Tenant {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressNodes2Query, AuthressNodes2QueryVariables>;
export const AuthressUser6Document = new TypedDocumentString(`
    query AuthressUser6($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    id
    providerId
    email
  }
}
    `) as unknown as TypedDocumentString<AuthressUser6Query, AuthressUser6QueryVariables>;
export const AuthressNode4Document = new TypedDocumentString(`
    query AuthressNode4($id: ID!) {
  node(id: $id) {
    ... on User {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressNode4Query, AuthressNode4QueryVariables>;
export const AuthressDeleteUserDocument = new TypedDocumentString(`
    mutation AuthressDeleteUser($id: ID!) {
  deleteUser(input: {id: $id}) {
    __typename
    ... on UserDeletion {
      pending
      user {
        providerId
        email
      }
    }
    ... on Error {
      code
      message
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on ForbiddenError {
      provider
      operation
    }
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressDeleteUserMutation, AuthressDeleteUserMutationVariables>;
export const AuthressAddUserToTenantDocument = new TypedDocumentString(`
    mutation AuthressAddUserToTenant($userId: ID!, $tenantId: ID!) {
  addUserToTenant(input: {userId: $userId, tenantId: $tenantId}) {
    __typename
    ... on User {
      providerId
      tenants {
        providerId
      }
    }
    ... on Error {
      code
      message
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on ForbiddenError {
      provider
      operation
    }
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<AuthressAddUserToTenantMutation, AuthressAddUserToTenantMutationVariables>;
export const AuthressUser7Document = new TypedDocumentString(`
    query AuthressUser7($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<AuthressUser7Query, AuthressUser7QueryVariables>;
export const AuthressUser8Document = new TypedDocumentString(`
    query AuthressUser8($id: String!) {
  user(provider: AUTHRESS, id: $id) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<AuthressUser8Query, AuthressUser8QueryVariables>;
export const AuthressProvidersDocument = new TypedDocumentString(`
    query AuthressProviders {
  providers {
    provider
    mode
    capabilities
    userFilters
  }
}
    `) as unknown as TypedDocumentString<AuthressProvidersQuery, AuthressProvidersQueryVariables>;
export const CursorSecretPageDocument = new TypedDocumentString(`
    query CursorSecretPage($after: String) {
  users(provider: APALEO, first: 2, after: $after) {
    edges {
      node {
        id
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CursorSecretPageQuery, CursorSecretPageQueryVariables>;
export const ForbiddenAnyProviderDeleteUserDocument = new TypedDocumentString(`
    mutation ForbiddenAnyProviderDeleteUser($input: DeleteUserInput!) {
  deleteUser(input: $input) {
    __typename
    ... on UserDeletion {
      pending
    }
    ... on Error {
      code
      message
    }
    ... on ForbiddenError {
      provider
      operation
      providerMessage
    }
  }
}
    `) as unknown as TypedDocumentString<ForbiddenAnyProviderDeleteUserMutation, ForbiddenAnyProviderDeleteUserMutationVariables>;
export const GlobalIdsInInputsCreateInvitationDocument = new TypedDocumentString(`
    mutation GlobalIdsInInputsCreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on Invitation {
      provider
      tenant {
        providerId
      }
      roles {
        providerId
      }
    }
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsCreateInvitationMutation, GlobalIdsInInputsCreateInvitationMutationVariables>;
export const GlobalIdsInInputsUserDocument = new TypedDocumentString(`
    query GlobalIdsInInputsUser($id: String) {
  user(provider: APALEO, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsUserQuery, GlobalIdsInInputsUserQueryVariables>;
export const GlobalIdsInInputsUser2Document = new TypedDocumentString(`
    query GlobalIdsInInputsUser2($id: String) {
  user(provider: APALEO, id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsUser2Query, GlobalIdsInInputsUser2QueryVariables>;
export const GlobalIdsInInputsInvitationsDocument = new TypedDocumentString(`
    query GlobalIdsInInputsInvitations($o: String) {
  invitations(provider: LOGTO, filter: {organizationId: $o}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsInvitationsQuery, GlobalIdsInInputsInvitationsQueryVariables>;
export const GlobalIdsInInputsInvitations2Document = new TypedDocumentString(`
    query GlobalIdsInInputsInvitations2($o: String) {
  invitations(provider: LOGTO, filter: {organizationId: $o}) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsInvitations2Query, GlobalIdsInInputsInvitations2QueryVariables>;
export const GlobalIdsInInputsUsersDocument = new TypedDocumentString(`
    query GlobalIdsInInputsUsers($p: [String!]) {
  users(provider: APALEO, first: 5, filter: {propertyIds: $p}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsUsersQuery, GlobalIdsInInputsUsersQueryVariables>;
export const GlobalIdsInInputsUsers2Document = new TypedDocumentString(`
    query GlobalIdsInInputsUsers2($p: [String!]) {
  users(provider: APALEO, first: 5, filter: {propertyIds: $p}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<GlobalIdsInInputsUsers2Query, GlobalIdsInInputsUsers2QueryVariables>;
export const LogtoCreateInvitationDocument = new TypedDocumentString(`
    mutation LogtoCreateInvitation($input: CreateInvitationInput!) {
  createInvitation(input: $input) {
    __typename
    ... on Invitation {
      id
      providerId
      email
      status
      expiresAt
      tenant {
        providerId
        name
      }
      roles {
        providerId
        name
      }
      inviter {
        providerId
      }
    }
    ... on Error {
      code
      message
    }
    ... on ValidationError {
      field
    }
    ... on NotFoundError {
      kind
      resourceId
      inputField
    }
    ... on UpstreamError {
      httpStatus
      providerCode
    }
    ... on EmailConnectorMissingError {
      provider
      operation
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoCreateInvitationMutation, LogtoCreateInvitationMutationVariables>;
export const LogtoSetInvitationStatusDocument = new TypedDocumentString(`
    mutation LogtoSetInvitationStatus($input: SetInvitationStatusInput!) {
  setInvitationStatus(input: $input) {
    __typename
    ... on Invitation {
      id
      status
      updatedAt
      acceptedBy {
        providerId
        email
      }
    }
    ... on Error {
      code
      message
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on UpstreamError {
      httpStatus
      providerCode
    }
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoSetInvitationStatusMutation, LogtoSetInvitationStatusMutationVariables>;
export const LogtoResendInvitation2Document = new TypedDocumentString(`
    mutation LogtoResendInvitation2($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    __typename
    ... on Invitation {
      id
      status
    }
    ... on Error {
      code
      message
    }
    ... on NotFoundError {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoResendInvitation2Mutation, LogtoResendInvitation2MutationVariables>;
export const LogtoDeleteInvitationDocument = new TypedDocumentString(`
    mutation LogtoDeleteInvitation($input: DeleteInvitationInput!) {
  deleteInvitation(input: $input) {
    __typename
    ... on Invitation {
      id
      providerId
      email
    }
    ... on Error {
      code
      message
    }
    ... on NotFoundError {
      kind
      resourceId
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoDeleteInvitationMutation, LogtoDeleteInvitationMutationVariables>;
export const LogtoProvidersDocument = new TypedDocumentString(`
    query LogtoProviders {
  providers {
    provider
    mode
    capabilities
    userFilters
    invitationFilters
  }
}
    `) as unknown as TypedDocumentString<LogtoProvidersQuery, LogtoProvidersQueryVariables>;
export const LogtoInvitationsDocument = new TypedDocumentString(`
    query LogtoInvitations {
  invitations(provider: LOGTO, first: 60) {
    totalCount
    edges {
      node {
        provider
        providerId
        email
        status
        createdAt
        expiresAt
        tenant {
          name
        }
        roles {
          name
        }
        inviter {
          email
        }
        acceptedBy {
          email
        }
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitationsQuery, LogtoInvitationsQueryVariables>;
export const LogtoInvitationsAheadDocument = new TypedDocumentString(`
    query LogtoInvitationsAhead {
  invitations(provider: LOGTO, first: 5) {
    edges {
      node {
        providerId
        tenant {
          providerId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitationsAheadQuery, LogtoInvitationsAheadQueryVariables>;
export const LogtoInvitationsNoTenantDocument = new TypedDocumentString(`
    query LogtoInvitationsNoTenant {
  invitations(provider: LOGTO, first: 5) {
    edges {
      node {
        providerId
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitationsNoTenantQuery, LogtoInvitationsNoTenantQueryVariables>;
export const LogtoInvitations11Document = new TypedDocumentString(`
    query LogtoInvitations11($f: InvitationFilter) {
  invitations(provider: LOGTO, filter: $f, first: 100) {
    totalCount
    edges {
      node {
        status
        email
        tenant {
          providerId
        }
        inviter {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations11Query, LogtoInvitations11QueryVariables>;
export const LogtoInvitations2Document = new TypedDocumentString(`
    query LogtoInvitations2 {
  invitations(provider: LOGTO, filter: {propertyId: "BER"}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations2Query, LogtoInvitations2QueryVariables>;
export const LogtoInvitations12Document = new TypedDocumentString(`
    query LogtoInvitations12($first: Int, $after: String, $last: Int, $before: String) {
  invitations(
    provider: LOGTO
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    edges {
      cursor
      node {
        providerId
      }
    }
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations12Query, LogtoInvitations12QueryVariables>;
export const LogtoTenantsDocument = new TypedDocumentString(`
    query LogtoTenants {
  tenants(provider: LOGTO, first: 4) {
    totalCount
    edges {
      node {
        providerId
        name
        description
        createdAt
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoTenantsQuery, LogtoTenantsQueryVariables>;
export const LogtoTenants2Document = new TypedDocumentString(`
    query LogtoTenants2($a: String) {
  tenants(provider: LOGTO, first: 4, after: $a) {
    edges {
      node {
        name
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoTenants2Query, LogtoTenants2QueryVariables>;
export const LogtoRolesDocument = new TypedDocumentString(`
    query LogtoRoles {
  roles(provider: LOGTO, last: 2) {
    totalCount
    edges {
      node {
        name
        description
      }
    }
    pageInfo {
      hasPreviousPage
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoRolesQuery, LogtoRolesQueryVariables>;
export const LogtoNodeDocument = new TypedDocumentString(`
    query LogtoNode($id: ID!) {
  node(id: $id) {
    ... on Tenant {
      name
      invitations(first: 100) {
        totalCount
      }
      users(first: 50) {
        totalCount
        edges {
          node {
            providerId
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoNodeQuery, LogtoNodeQueryVariables>;
export const LogtoUsersDocument = new TypedDocumentString(`
    query LogtoUsers {
  users(provider: LOGTO, first: 5) {
    totalCount
    edges {
      node {
        providerId
        email
        status
        displayName
        logto {
          username
          isSuspended
          lastSignInAt
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUsersQuery, LogtoUsersQueryVariables>;
export const LogtoUserDocument = new TypedDocumentString(`
    query LogtoUser($id: String!) {
  user(provider: LOGTO, id: $id) {
    email
    firstName
    lastName
  }
}
    `) as unknown as TypedDocumentString<LogtoUserQuery, LogtoUserQueryVariables>;
export const LogtoUser2Document = new TypedDocumentString(`
    query LogtoUser2($e: String!) {
  user(provider: LOGTO, email: $e) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<LogtoUser2Query, LogtoUser2QueryVariables>;
export const LogtoUser3Document = new TypedDocumentString(`
    query LogtoUser3 {
  user(provider: LOGTO, id: "no-such-user") {
    email
  }
}
    `) as unknown as TypedDocumentString<LogtoUser3Query, LogtoUser3QueryVariables>;
export const LogtoUsers2Document = new TypedDocumentString(`
    query LogtoUsers2 {
  users(provider: LOGTO, filter: {search: "lovelace"}) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUsers2Query, LogtoUsers2QueryVariables>;
export const LogtoUsers3Document = new TypedDocumentString(`
    query LogtoUsers3($e: String) {
  users(provider: LOGTO, filter: {search: "lovelace", email: $e}) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoUsers3Query, LogtoUsers3QueryVariables>;
export const LogtoUsers4Document = new TypedDocumentString(`
    query LogtoUsers4($e: String) {
  users(provider: LOGTO, filter: {email: $e}) {
    totalCount
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUsers4Query, LogtoUsers4QueryVariables>;
export const LogtoNode2Document = new TypedDocumentString(`
    query LogtoNode2($id: ID!) {
  node(id: $id) {
    ... on Invitation {
      providerId
      email
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoNode2Query, LogtoNode2QueryVariables>;
export const LogtoNode3Document = new TypedDocumentString(`
    query LogtoNode3($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LogtoNode3Query, LogtoNode3QueryVariables>;
export const LogtoUser4Document = new TypedDocumentString(`
    query LogtoUser4($id: String!) {
  user(provider: LOGTO, id: $id) {
    tenants {
      providerId
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUser4Query, LogtoUser4QueryVariables>;
export const LogtoUser5Document = new TypedDocumentString(`
    query LogtoUser5($id: String!) {
  user(provider: LOGTO, id: $id) {
    tenants {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUser5Query, LogtoUser5QueryVariables>;
export const LogtoInvitations3Document = new TypedDocumentString(`
    query LogtoInvitations3 {
  invitations(provider: LOGTO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations3Query, LogtoInvitations3QueryVariables>;
export const LogtoInvitations4Document = new TypedDocumentString(`
    query LogtoInvitations4 {
  invitations(provider: LOGTO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations4Query, LogtoInvitations4QueryVariables>;
export const LogtoInvitations5Document = new TypedDocumentString(`
    query LogtoInvitations5 {
  invitations(provider: LOGTO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations5Query, LogtoInvitations5QueryVariables>;
export const LogtoRoles2Document = new TypedDocumentString(`
    query LogtoRoles2 {
  roles(provider: LOGTO, first: 1) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LogtoRoles2Query, LogtoRoles2QueryVariables>;
export const LogtoInvitations6Document = new TypedDocumentString(`
    query LogtoInvitations6($e: String) {
  invitations(provider: LOGTO, filter: {invitee: $e}) {
    edges {
      node {
        id
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations6Query, LogtoInvitations6QueryVariables>;
export const LogtoResendInvitationDocument = new TypedDocumentString(`
    mutation LogtoResendInvitation($input: ResendInvitationInput!) {
  resendInvitation(input: $input) {
    __typename
    ... on UpstreamError {
      code
      providerCode
      retryAfterSeconds
      retryable
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoResendInvitationMutation, LogtoResendInvitationMutationVariables>;
export const LogtoUpdateUserDocument = new TypedDocumentString(`
    mutation LogtoUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User {
      status
      logto {
        isSuspended
      }
    }
    ... on Error {
      code
    }
    ... on ValidationError {
      field
    }
    ... on NotFoundError {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUpdateUserMutation, LogtoUpdateUserMutationVariables>;
export const LogtoDeleteUserDocument = new TypedDocumentString(`
    mutation LogtoDeleteUser($input: DeleteUserInput!) {
  deleteUser(input: $input) {
    __typename
    ... on UserDeletion {
      pending
      user {
        providerId
      }
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoDeleteUserMutation, LogtoDeleteUserMutationVariables>;
export const LogtoDeprovisionPersonDocument = new TypedDocumentString(`
    mutation LogtoDeprovisionPerson($input: DeprovisionPersonInput!) {
  deprovisionPerson(input: $input) {
    __typename
    ... on DeprovisionReport {
      dryRun
      entries {
        provider
        action
        outcome
        detail
        account {
          email
        }
        invitation {
          id
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoDeprovisionPersonMutation, LogtoDeprovisionPersonMutationVariables>;
export const LogtoDeleteUser2Document = new TypedDocumentString(`
    mutation LogtoDeleteUser2($input: DeleteUserInput!) {
  deleteUser(input: $input) {
    __typename
    ... on UserDeletion {
      pending
      deletedInvitations {
        providerId
        email
        status
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoDeleteUser2Mutation, LogtoDeleteUser2MutationVariables>;
export const LogtoNode4Document = new TypedDocumentString(`
    query LogtoNode4($id: ID!) {
  node(id: $id) {
    ... on User {
      roles {
        providerId
      }
      tenants {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoNode4Query, LogtoNode4QueryVariables>;
export const LogtoNode5Document = new TypedDocumentString(`
    query LogtoNode5($id: ID!) {
  node(id: $id) {
    ... on Invitation {
      status
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoNode5Query, LogtoNode5QueryVariables>;
export const LogtoPersonDocument = new TypedDocumentString(`
    query LogtoPerson($e: String!) {
  person(email: $e) {
    invitations {
      provider
      email
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoPersonQuery, LogtoPersonQueryVariables>;
export const LogtoUsers5Document = new TypedDocumentString(`
    query LogtoUsers5 {
  users(provider: LOGTO, filter: {tenantId: "nope"}) {
    totalCount
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUsers5Query, LogtoUsers5QueryVariables>;
export const LogtoInvitations10Document = new TypedDocumentString(`
    query LogtoInvitations10($a: String) {
  invitations(provider: LOGTO, first: 3, after: $a) {
    edges {
      node {
        providerId
      }
    }
    pageInfo {
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations10Query, LogtoInvitations10QueryVariables>;
export const LogtoInvitations7Document = new TypedDocumentString(`
    query LogtoInvitations7 {
  invitations(provider: LOGTO, first: 6) {
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations7Query, LogtoInvitations7QueryVariables>;
export const LogtoInvitations8Document = new TypedDocumentString(`
    query LogtoInvitations8 {
  invitations(provider: LOGTO, first: 1) {
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations8Query, LogtoInvitations8QueryVariables>;
export const LogtoUsers6Document = new TypedDocumentString(`
    query LogtoUsers6($t: String!) {
  users(provider: LOGTO, filter: {tenantId: $t, search: "zebra"}) {
    totalCount
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoUsers6Query, LogtoUsers6QueryVariables>;
export const LogtoInvitations9Document = new TypedDocumentString(`
    query LogtoInvitations9 {
  invitations(provider: LOGTO, first: 5) {
    edges {
      node {
        roles {
          name
          description
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoInvitations9Query, LogtoInvitations9QueryVariables>;
export const LogtoPerson2Document = new TypedDocumentString(`
    query LogtoPerson2 {
  person(email: "anyone@example.com") {
    errors {
      provider
      code
    }
  }
}
    `) as unknown as TypedDocumentString<LogtoPerson2Query, LogtoPerson2QueryVariables>;
export const LumappsFidelityUpdateUserDocument = new TypedDocumentString(`
    mutation LumappsFidelityUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User {
      providerId
      firstName
      lastName
      displayName
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityUpdateUserMutation, LumappsFidelityUpdateUserMutationVariables>;
export const LumappsFidelityUsersDocument = new TypedDocumentString(`
    query LumappsFidelityUsers($first: Int, $after: String, $filter: UserFilter) {
  users(provider: LUMAPPS, first: $first, after: $after, filter: $filter) {
    edges {
      node {
        providerId
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityUsersQuery, LumappsFidelityUsersQueryVariables>;
export const LumappsFidelityNodesDocument = new TypedDocumentString(`
    query LumappsFidelityNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityNodesQuery, LumappsFidelityNodesQueryVariables>;
export const LumappsFidelityUserDocument = new TypedDocumentString(`
    query LumappsFidelityUser($id: String!) {
  user(provider: LUMAPPS, id: $id) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityUserQuery, LumappsFidelityUserQueryVariables>;
export const LumappsFidelityUser2Document = new TypedDocumentString(`
    query LumappsFidelityUser2($email: String!) {
  user(provider: LUMAPPS, email: $email) {
    providerId
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityUser2Query, LumappsFidelityUser2QueryVariables>;
export const LumappsFidelityNodeDocument = new TypedDocumentString(`
    query LumappsFidelityNode($id: ID!) {
  node(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<LumappsFidelityNodeQuery, LumappsFidelityNodeQueryVariables>;
export const LumappsMutationsCreateUserDocument = new TypedDocumentString(`
    mutation LumappsMutationsCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on User {
      id
      providerId
      email
      firstName
      lastName
      status
      lumapps {
        accountType
        isHidden
      }
    }
    ... on ValidationError {
      field
      reason
    }
    ... on UpstreamError {
      httpStatus
      providerCode
      providerMessage
    }
    ... on UnsupportedOperationError {
      operation
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsCreateUserMutation, LumappsMutationsCreateUserMutationVariables>;
export const LumappsMutationsUpdateUserDocument = new TypedDocumentString(`
    mutation LumappsMutationsUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User {
      id
      providerId
      firstName
      lastName
      displayName
      status
      lumapps {
        isHidden
        accountType
      }
    }
    ... on ValidationError {
      field
      reason
    }
    ... on NotFoundError {
      kind
      resourceId
    }
    ... on UpstreamError {
      httpStatus
      providerCode
    }
    ... on Error {
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsUpdateUserMutation, LumappsMutationsUpdateUserMutationVariables>;
export const LumappsMutationsNodeDocument = new TypedDocumentString(`
    query LumappsMutationsNode($id: ID!) {
  node(id: $id) {
    ... on User {
      email
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsNodeQuery, LumappsMutationsNodeQueryVariables>;
export const LumappsMutationsUsersDocument = new TypedDocumentString(`
    query LumappsMutationsUsers($f: UserFilter) {
  users(provider: LUMAPPS, filter: $f, first: 5) {
    edges {
      node {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsUsersQuery, LumappsMutationsUsersQueryVariables>;
export const LumappsMutationsPersonDocument = new TypedDocumentString(`
    query LumappsMutationsPerson($e: String!) {
  person(email: $e) {
    accounts {
      provider
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsPersonQuery, LumappsMutationsPersonQueryVariables>;
export const LumappsMutationsDeprovisionPersonDocument = new TypedDocumentString(`
    mutation LumappsMutationsDeprovisionPerson($e: String!) {
  deprovisionPerson(input: {email: $e, mode: DISABLE}) {
    ... on DeprovisionReport {
      entries {
        provider
        action
        outcome
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsMutationsDeprovisionPersonMutation, LumappsMutationsDeprovisionPersonMutationVariables>;
export const LumappsUpstreamUsers3Document = new TypedDocumentString(`
    query LumappsUpstreamUsers3 {
  users(provider: LUMAPPS, first: 2) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUpstreamUsers3Query, LumappsUpstreamUsers3QueryVariables>;
export const LumappsUpstreamProvidersDocument = new TypedDocumentString(`
    query LumappsUpstreamProviders {
  providers {
    provider
    mode
  }
  currentUser(provider: LUMAPPS) {
    email
  }
}
    `) as unknown as TypedDocumentString<LumappsUpstreamProvidersQuery, LumappsUpstreamProvidersQueryVariables>;
export const LumappsUpstreamUsersDocument = new TypedDocumentString(`
    query LumappsUpstreamUsers {
  users(provider: LUMAPPS, first: 2) {
    edges {
      node {
        email
      }
    }
    pageInfo {
      hasNextPage
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUpstreamUsersQuery, LumappsUpstreamUsersQueryVariables>;
export const LumappsUpstreamUsers2Document = new TypedDocumentString(`
    query LumappsUpstreamUsers2 {
  users(provider: LUMAPPS, first: 2) {
    edges {
      node {
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUpstreamUsers2Query, LumappsUpstreamUsers2QueryVariables>;
export const LumappsUpstreamCurrentUserDocument = new TypedDocumentString(`
    query LumappsUpstreamCurrentUser {
  currentUser(provider: LUMAPPS) {
    email
  }
}
    `) as unknown as TypedDocumentString<LumappsUpstreamCurrentUserQuery, LumappsUpstreamCurrentUserQueryVariables>;
export const LumappsUsersListDocument = new TypedDocumentString(`
    query LumappsUsersList($filter: UserFilter, $first: Int, $after: String) {
  users(provider: LUMAPPS, filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      hasPreviousPage
      endCursor
    }
    edges {
      cursor
      node {
        providerId
        email
        status
        createdAt
        lumapps {
          accountType
          isHidden
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersListQuery, LumappsUsersListQueryVariables>;
export const LumappsUsersUsersDocument = new TypedDocumentString(`
    query LumappsUsersUsers {
  users(provider: LUMAPPS, last: 5) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsersQuery, LumappsUsersUsersQueryVariables>;
export const LumappsUsersUsers2Document = new TypedDocumentString(`
    query LumappsUsersUsers2 {
  users(provider: LUMAPPS, first: 5, before: "c1.x") {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers2Query, LumappsUsersUsers2QueryVariables>;
export const LumappsUsersUsers3Document = new TypedDocumentString(`
    query LumappsUsersUsers3 {
  users(filter: {accountTypes: ["okta"]}, first: 10) {
    edges {
      node {
        provider
        email
        lumapps {
          accountType
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers3Query, LumappsUsersUsers3QueryVariables>;
export const LumappsUsersUsers4Document = new TypedDocumentString(`
    query LumappsUsersUsers4 {
  users(provider: LUMAPPS, first: 100) {
    edges {
      node {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers4Query, LumappsUsersUsers4QueryVariables>;
export const LumappsUsersUsers5Document = new TypedDocumentString(`
    query LumappsUsersUsers5 {
  users(provider: LUMAPPS, first: 100) {
    edges {
      node {
        id
        email
        displayName
        lumapps {
          accountType
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers5Query, LumappsUsersUsers5QueryVariables>;
export const LumappsUsersUsers6Document = new TypedDocumentString(`
    query LumappsUsersUsers6 {
  users(provider: LUMAPPS, first: 100) {
    edges {
      ...E
    }
  }
}
    fragment E on UserEdge {
  node {
    ... on User {
      providerId
      email
    }
  }
}`) as unknown as TypedDocumentString<LumappsUsersUsers6Query, LumappsUsersUsers6QueryVariables>;
export const LumappsUsersUsers7Document = new TypedDocumentString(`
    query LumappsUsersUsers7 {
  users(provider: LUMAPPS, first: 100) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers7Query, LumappsUsersUsers7QueryVariables>;
export const LumappsUsersUsers8Document = new TypedDocumentString(`
    query LumappsUsersUsers8 {
  users(provider: LUMAPPS, first: 100) {
    edges {
      node {
        id
        email
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers8Query, LumappsUsersUsers8QueryVariables>;
export const LumappsUsersUserDocument = new TypedDocumentString(`
    query LumappsUsersUser($id: String!) {
  user(provider: LUMAPPS, id: $id) {
    providerId
    email
    firstName
    lastName
    enabled
    lumapps {
      accountType
      customerId
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUserQuery, LumappsUsersUserQueryVariables>;
export const LumappsUsersUser2Document = new TypedDocumentString(`
    query LumappsUsersUser2($e: String!) {
  user(provider: LUMAPPS, email: $e) {
    providerId
    lumapps {
      isHidden
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUser2Query, LumappsUsersUser2QueryVariables>;
export const LumappsUsersADocument = new TypedDocumentString(`
    query LumappsUsersA {
  a: user(provider: LUMAPPS, id: "999") {
    id
  }
  b: user(provider: LUMAPPS, email: "nobody@nowhere.example") {
    id
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersAQuery, LumappsUsersAQueryVariables>;
export const LumappsUsersUser3Document = new TypedDocumentString(`
    query LumappsUsersUser3 {
  user(provider: LUMAPPS) {
    id
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUser3Query, LumappsUsersUser3QueryVariables>;
export const LumappsUsersUsers9Document = new TypedDocumentString(`
    query LumappsUsersUsers9 {
  users(provider: LUMAPPS, first: 3) {
    edges {
      node {
        id
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersUsers9Query, LumappsUsersUsers9QueryVariables>;
export const LumappsUsersNodeDocument = new TypedDocumentString(`
    query LumappsUsersNode($id: ID!) {
  node(id: $id) {
    ... on User {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersNodeQuery, LumappsUsersNodeQueryVariables>;
export const LumappsUsersNodesDocument = new TypedDocumentString(`
    query LumappsUsersNodes($ids: [ID!]!) {
  nodes(ids: $ids) {
    ... on User {
      providerId
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersNodesQuery, LumappsUsersNodesQueryVariables>;
export const LumappsUsersCurrentUserDocument = new TypedDocumentString(`
    query LumappsUsersCurrentUser {
  currentUser(provider: LUMAPPS) {
    email
    lumapps {
      isSuperAdmin
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersCurrentUserQuery, LumappsUsersCurrentUserQueryVariables>;
export const LumappsUsersRolesDocument = new TypedDocumentString(`
    query LumappsUsersRoles {
  roles(provider: LUMAPPS) {
    edges {
      cursor
    }
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersRolesQuery, LumappsUsersRolesQueryVariables>;
export const LumappsUsersProvidersDocument = new TypedDocumentString(`
    query LumappsUsersProviders {
  providers {
    provider
    mode
    capabilities
    userFilters
  }
}
    `) as unknown as TypedDocumentString<LumappsUsersProvidersQuery, LumappsUsersProvidersQueryVariables>;
export const PersonSelectionPerson2Document = new TypedDocumentString(`
    query PersonSelectionPerson2 {
  person(email: "ada.lovelace@people.example.com") {
    accounts {
      id
    }
    invitations {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson2Query, PersonSelectionPerson2QueryVariables>;
export const PersonSelectionADocument = new TypedDocumentString(`
    query PersonSelectionA {
  a: person(email: "Ada.Lovelace@People.Example.com") {
    id
    email
  }
  b: person(email: "ada.lovelace@people.example.com") {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionAQuery, PersonSelectionAQueryVariables>;
export const PersonSelectionPersonDocument = new TypedDocumentString(`
    query PersonSelectionPerson {
  person(email: "ADA.LOVELACE@people.example.com") {
    id
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPersonQuery, PersonSelectionPersonQueryVariables>;
export const PersonSelectionNodeDocument = new TypedDocumentString(`
    query PersonSelectionNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Person {
      email
      accounts {
        provider
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionNodeQuery, PersonSelectionNodeQueryVariables>;
export const PersonSelectionPerson3Document = new TypedDocumentString(`
    query PersonSelectionPerson3 {
  person(email: "ada.lovelace@people.example.com") {
    id
    email
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson3Query, PersonSelectionPerson3QueryVariables>;
export const PersonSelectionPerson4Document = new TypedDocumentString(`
    query PersonSelectionPerson4 {
  person(email: "ada.lovelace@people.example.com") {
    accounts {
      provider
    }
    errors {
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson4Query, PersonSelectionPerson4QueryVariables>;
export const PersonSelectionPerson5Document = new TypedDocumentString(`
    query PersonSelectionPerson5 {
  person(email: "ada.lovelace@people.example.com") {
    errors {
      provider
    }
    accounts {
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson5Query, PersonSelectionPerson5QueryVariables>;
export const PersonSelectionPerson6Document = new TypedDocumentString(`
    query PersonSelectionPerson6 {
  person(email: "ada.lovelace@people.example.com") {
    accounts {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson6Query, PersonSelectionPerson6QueryVariables>;
export const PersonSelectionA2Document = new TypedDocumentString(`
    query PersonSelectionA2 {
  a: person(email: "ada.lovelace@people.example.com") {
    accounts {
      id
    }
    errors {
      code
    }
  }
  b: person(email: "Ada.Lovelace@people.example.com") {
    accounts {
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionA2Query, PersonSelectionA2QueryVariables>;
export const PersonSelectionPerson7Document = new TypedDocumentString(`
    query PersonSelectionPerson7 {
  person(email: "ada.lovelace@people.example.com") {
    accounts {
      provider
    }
    errors {
      provider
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson7Query, PersonSelectionPerson7QueryVariables>;
export const PersonSelectionPerson8Document = new TypedDocumentString(`
    query PersonSelectionPerson8 {
  person(email: "ada.lovelace@people.example.com") {
    invitations {
      provider
    }
    errors {
      provider
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson8Query, PersonSelectionPerson8QueryVariables>;
export const PersonSelectionPerson9Document = new TypedDocumentString(`
    query PersonSelectionPerson9 {
  person(email: "ada.lovelace@people.example.com") {
    errors {
      provider
      code
    }
  }
}
    `) as unknown as TypedDocumentString<PersonSelectionPerson9Query, PersonSelectionPerson9QueryVariables>;
export const PersonPersonDocument = new TypedDocumentString(`
    query PersonPerson($email: String!) {
  person(email: $email) {
    email
    providers
    accounts {
      provider
      email
      status
    }
    invitations {
      provider
      email
      status
    }
    errors {
      provider
      code
      message
    }
  }
}
    `) as unknown as TypedDocumentString<PersonPersonQuery, PersonPersonQueryVariables>;
export const PersonDeprovisionPersonDocument = new TypedDocumentString(`
    mutation PersonDeprovisionPerson($input: DeprovisionPersonInput!) {
  deprovisionPerson(input: $input) {
    __typename
    ... on DeprovisionReport {
      dryRun
      complete
      entries {
        provider
        action
        outcome
        detail
        account {
          email
        }
        invitation {
          email
        }
        error {
          provider
          code
        }
      }
    }
    ... on ValidationError {
      field
    }
  }
}
    `) as unknown as TypedDocumentString<PersonDeprovisionPersonMutation, PersonDeprovisionPersonMutationVariables>;
export const SmallThingsProvidersDocument = new TypedDocumentString(`
    query SmallThingsProviders {
  providers {
    provider
  }
}
    `) as unknown as TypedDocumentString<SmallThingsProvidersQuery, SmallThingsProvidersQueryVariables>;
export const SmallThingsUsersDocument = new TypedDocumentString(`
    query SmallThingsUsers {
  users(provider: AUTHRESS, last: 2) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<SmallThingsUsersQuery, SmallThingsUsersQueryVariables>;
export const SmallThingsTypeDocument = new TypedDocumentString(`
    query SmallThingsType {
  __type(name: "Query") {
    fields {
      name
      description
    }
  }
  s: __type(name: "_Service") {
    description
  }
}
    `) as unknown as TypedDocumentString<SmallThingsTypeQuery, SmallThingsTypeQueryVariables>;
export const SmallThingsPersonDocument = new TypedDocumentString(`
    query SmallThingsPerson($e: String!) {
  person(email: $e) {
    accounts {
      id
      provider
    }
  }
}
    `) as unknown as TypedDocumentString<SmallThingsPersonQuery, SmallThingsPersonQueryVariables>;
export const SmallThingsUpdateUserDocument = new TypedDocumentString(`
    mutation SmallThingsUpdateUser($id: ID!) {
  updateUser(input: {id: $id, status: DISABLED}) {
    ... on User {
      status
    }
    ... on Error {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<SmallThingsUpdateUserMutation, SmallThingsUpdateUserMutationVariables>;
export const SmallThingsDeprovisionPersonDocument = new TypedDocumentString(`
    mutation SmallThingsDeprovisionPerson($e: String!) {
  deprovisionPerson(input: {email: $e, mode: DISABLE, dryRun: true}) {
    ... on DeprovisionReport {
      entries {
        provider
        outcome
        detail
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SmallThingsDeprovisionPersonMutation, SmallThingsDeprovisionPersonMutationVariables>;
export const LimitsUsersDocument = new TypedDocumentString(`
    query LimitsUsers($n: Int) {
  users(provider: APALEO, first: $n) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsUsersQuery, LimitsUsersQueryVariables>;
export const LimitsUsers2Document = new TypedDocumentString(`
    query LimitsUsers2 {
  users(provider: APALEO, first: 501) {
    totalCount
  }
}
    `) as unknown as TypedDocumentString<LimitsUsers2Query, LimitsUsers2QueryVariables>;
export const LimitsSchemaDocument = new TypedDocumentString(`
    query LimitsSchema {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsSchemaQuery, LimitsSchemaQueryVariables>;
export const LimitsSchema2Document = new TypedDocumentString(`
    query LimitsSchema2 {
  __schema {
    queryType {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<LimitsSchema2Query, LimitsSchema2QueryVariables>;
export const HealthUsersDocument = new TypedDocumentString(`
    query HealthUsers {
  users(provider: LUMAPPS, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthUsersQuery, HealthUsersQueryVariables>;
export const HealthUsers2Document = new TypedDocumentString(`
    query HealthUsers2 {
  users(provider: APALEO, first: 1) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HealthUsers2Query, HealthUsers2QueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users(provider: APALEO, first: 2) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const EveryoneDocument = new TypedDocumentString(`
    query Everyone {
  person(email: "ada.lovelace@people.example.com") {
    providers
  }
}
    `) as unknown as TypedDocumentString<EveryoneQuery, EveryoneQueryVariables>;
export const ResilienceProvidersDocument = new TypedDocumentString(`
    query ResilienceProviders {
  providers {
    provider
    circuit {
      state
      failures
      openedAt
      retryAt
    }
  }
}
    `) as unknown as TypedDocumentString<ResilienceProvidersQuery, ResilienceProvidersQueryVariables>;
export const CatalogCacheUsersDocument = new TypedDocumentString(`
    query CatalogCacheUsers {
  users(provider: AUTHRESS, first: 20) {
    edges {
      node {
        providerId
        tenants {
          providerId
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCacheUsersQuery, CatalogCacheUsersQueryVariables>;
export const CatalogCacheAddUserToTenantDocument = new TypedDocumentString(`
    mutation CatalogCacheAddUserToTenant($u: ID!, $t: ID!) {
  addUserToTenant(input: {userId: $u, tenantId: $t}) {
    __typename
    ... on User {
      tenants {
        providerId
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCacheAddUserToTenantMutation, CatalogCacheAddUserToTenantMutationVariables>;
export const CatalogCacheRolesDocument = new TypedDocumentString(`
    query CatalogCacheRoles {
  roles(provider: APALEO, first: 50) {
    edges {
      node {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCacheRolesQuery, CatalogCacheRolesQueryVariables>;
export const CatalogCacheRoles2Document = new TypedDocumentString(`
    query CatalogCacheRoles2 {
  roles(provider: LOGTO, first: 50) {
    totalCount
    edges {
      node {
        providerId
        name
      }
    }
  }
  tenants(provider: LOGTO, first: 50) {
    totalCount
    edges {
      node {
        providerId
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCacheRoles2Query, CatalogCacheRoles2QueryVariables>;
export const CatalogCacheInvitationsDocument = new TypedDocumentString(`
    query CatalogCacheInvitations {
  invitations(provider: LOGTO, first: 100) {
    totalCount
    edges {
      node {
        id
        status
        tenant {
          providerId
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CatalogCacheInvitationsQuery, CatalogCacheInvitationsQueryVariables>;
export const UpstreamBudgetUsersDocument = new TypedDocumentString(`
    query UpstreamBudgetUsers {
  users(first: 2, provider: AUTHRESS) {
    edges {
      node {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UpstreamBudgetUsersQuery, UpstreamBudgetUsersQueryVariables>;