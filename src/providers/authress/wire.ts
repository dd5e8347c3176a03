/**
 * Authress wire format, as shared/specs/authress/authress-openapi-2023-07.yaml (AU-OAS) and the
 * Python SDK models (AU-PY) document it. Field names are Authress's own. Successful answers come as
 * `application/links+json`. See README.md in this folder for what the documents leave open.
 */
import { z } from 'zod';

/** `tenantId` of the users list and the tenant routes: 1–128 chars of `[a-zA-Z0-9-_.:]`. */
export const TENANT_ID_PATTERN = /^[a-zA-Z0-9\-_.:]+$/;
export const TENANT_ID_MAX = 128;
/** The users list `filter`: a case-insensitive match over every text field, at most 64 chars. */
export const FILTER_MAX = 64;
export const USERS_LIMIT_MAX = 100;

/** AU-OAS marks Link `nullable: true`, so `self` (required) may still be null. */
export const Link = z.object({ href: z.string(), rel: z.string().nullish() });

export const CollectionLinks = z.object({ self: Link.nullable(), next: Link.nullish() });

export const Pagination = z.object({
  next: z.object({ cursor: z.string() }).nullish(),
});

/**
 * The spec marks UserIdentity `additionalProperties: false` but also says identity-provider data may
 * appear; unknown keys are tolerated and dropped. UserIdentity.userId has no maximum length in AU-OAS
 * (only the request-side `User` schema says 64), so none is enforced on answers.
 */
export const UserIdentity = z.object({
  userId: z.string().min(1),
  name: z.string().nullish(),
  picture: z.string().nullish(),
  email: z.string().nullish(),
});
export type UserIdentity = z.infer<typeof UserIdentity>;

export const UserIdentityCollection = z.object({
  users: z.array(UserIdentity),
  pagination: Pagination.nullish(),
  links: CollectionLinks,
});
export type UserIdentityCollection = z.infer<typeof UserIdentityCollection>;

/** Answers are not held to the request-side limits (tenantId ≤ 128): a longer id must not fail a page. */
export const Tenant = z.object({
  tenantId: z.string().min(1),
  tenantLookupIdentifier: z.string().nullish(),
  data: z.object({ name: z.string().nullish() }).nullish(),
  domains: z.array(z.object({ domain: z.string() })).nullish(),
  connection: z.object({ connectionId: z.string().nullish() }).nullish(),
  createdTime: z.string().nullish(),
});
export type Tenant = z.infer<typeof Tenant>;

export const TenantCollection = z.object({
  tenants: z.array(Tenant),
  pagination: Pagination.nullish(),
});
export type TenantCollection = z.infer<typeof TenantCollection>;

/** TenantUser: the body of PATCH /v1/tenants/{tenantId}/users. */
export interface TenantUser {
  userId: string;
}

/**
 * No error body is published; the JS SDK reads `title`. idgraph reads `title` and, when present,
 * `errorCode` (GUESS, see README.md), and tolerates anything else.
 */
export const ErrorBody = z
  .object({
    errorCode: z.string().optional(),
    title: z.string().optional(),
    detail: z.string().optional(),
  })
  .loose();
