/** Pure LumApps wire → domain mapping, and GraphQL field selections → LumApps `fields` selectors. */
import type { User as DomainUser, UserStatus } from '../../domain/types.js';
import { isProviderId } from '../../domain/types.js';
import type { User } from './wire.js';

/**
 * LumApps writes datetimes without a zone (`2019-12-30T15:21:22.407701`); they are UTC. Answers null
 * for a missing or unreadable value.
 */
export function parseLumappsDate(value: string | undefined): Date | null {
  if (!value) return null;
  const zoned = /([zZ]|[+-]\d\d:?\d\d)$/.test(value) ? value : `${value}Z`;
  const date = new Date(zoned.replace(/(\.\d{3})\d+/, '$1'));
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toStatus(status: string | undefined): UserStatus | null {
  if (status === 'enabled') return 'ENABLED';
  if (status === 'disabled') return 'DISABLED';
  return null;
}

export function fromStatus(status: UserStatus): 'enabled' | 'disabled' {
  return status === 'ENABLED' ? 'enabled' : 'disabled';
}

/** The id idgraph uses for a LumApps user: `uid`, or `id` when only that came back. */
export function userId(user: User): string | null {
  return user.uid || user.id || null;
}

export function toUser(user: User): DomainUser {
  const id = userId(user);
  if (!id) throw new TypeError('a LumApps user without uid or id');
  const displayName = user.fullName?.trim() || [user.firstName, user.lastName].filter(Boolean).join(' ').trim() || null;
  return {
    kind: 'User',
    provider: 'lumapps',
    id,
    email: user.email ?? null,
    firstName: user.firstName ?? null,
    lastName: user.lastName ?? null,
    displayName,
    status: toStatus(user.status),
    createdAt: parseLumappsDate(user.createdAt),
    roleIds: [],
    tenantIds: [],
    tenants: [],
    lumapps: {
      accountType: user.accountType ?? null,
      isHidden: user.isHidden ?? null,
      isSuperAdmin: user.isSuperAdmin ?? null,
      customerId: user.customer ?? null,
      employeeId: user.employeeId ?? null,
      lang: user.lang ?? null,
      alternateEmail: user.alternateEmail ?? null,
      profilePictureUrl: user.profilePictureUrl ?? null,
      updatedAt: parseLumappsDate(user.updatedAt),
    },
  };
}

const ALWAYS = ['uid', 'id'];
const NOTHING: readonly string[] = [];

/** The LumApps User fields each GraphQL User field needs. */
const FIELD_NEEDS: Record<string, readonly string[]> = {
  __typename: [],
  id: [],
  providerId: [],
  provider: [],
  roles: [],
  tenants: [],
  email: ['email'],
  firstName: ['firstName'],
  lastName: ['lastName'],
  displayName: ['fullName', 'firstName', 'lastName'],
  status: ['status'],
  enabled: ['status'],
  createdAt: ['createdAt'],
  lumapps: ['accountType', 'isHidden', 'isSuperAdmin', 'customer', 'employeeId', 'lang', 'alternateEmail', 'profilePictureUrl', 'updatedAt'],
};

/**
 * The LumApps User fields needed for these GraphQL User fields, or null when a field is unknown
 * (then the whole object is asked for: never a missing value by mistake).
 */
export function userWireFields(graphqlFields: readonly string[] | undefined): string[] | null {
  if (!graphqlFields) return null;
  const wanted = new Set(ALWAYS);
  for (const field of graphqlFields) {
    // Another provider's namespace (User.<id>, from the registry) resolves to null for LumApps users: it needs nothing.
    const needs = FIELD_NEEDS[field] ?? (field !== 'lumapps' && isProviderId(field) ? NOTHING : undefined);
    if (!needs) return null;
    for (const need of needs) wanted.add(need);
  }
  return [...wanted];
}

/** The `fields` selector of a `user/list` call: `items(uid,id,email),more,cursor`; undefined = all. */
export function listFieldsSelector(wireFields: readonly string[] | null): string | undefined {
  return wireFields ? `items(${wireFields.join(',')}),more,cursor` : undefined;
}
