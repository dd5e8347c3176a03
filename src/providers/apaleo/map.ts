/** Pure Apaleo wire → domain mapping. */
import type { Invitation, Role, Tenant, User } from '../../domain/types.js';
import { LEGACY_ROLES, ROLES, type InvitationModel, type RoleA, type RoleB, type UserItemModel, type UserModel } from './wire.js';

const warned = new Set<string>();

/**
 * Notes a role value outside the swagger's vocabulary: kept as its raw string, and logged once per
 * process and value (Apaleo adds roles over time; the page must not fail).
 */
function noteRole(role: string, vocabulary: 'RoleA' | 'RoleB' = 'RoleA'): string {
  if (!(vocabulary === 'RoleA' ? KNOWN_ROLES : KNOWN_LEGACY_ROLES).has(role) && !warned.has(role)) {
    warned.add(role);
    console.warn(
      `idgraph: APALEO answered the ${vocabulary} role ${JSON.stringify(role)}, which its swagger does not list; kept as it is (logged once per value)`,
    );
  }
  return role;
}

const KNOWN_ROLES: ReadonlySet<string> = new Set(ROLES);
const KNOWN_LEGACY_ROLES: ReadonlySet<string> = new Set(LEGACY_ROLES);

const ROLE_TEXT: Record<RoleA, [name: string, description: string]> = {
  AccountAdmin: ['Account admin', 'Full access to the account and every property.'],
  PropertyAdmin: ['Property admin', 'Full access to the properties assigned.'],
  Accountant: ['Accountant', 'Finance and accounting functions.'],
  RevenueManager: ['Revenue manager', 'Rates, availability and revenue reports.'],
  ReservationManager: ['Reservation manager', 'Reservations and bookings.'],
  FrontDesk: ['Front desk', 'Check-in, check-out and guest folios.'],
  FrontDeskSenior: ['Front desk senior', 'Front desk with supervisory rights.'],
  Housekeeping: ['Housekeeping', 'Unit condition and housekeeping tasks.'],
  HousekeepingManager: ['Housekeeping manager', 'Plans and supervises housekeeping.'],
  Auditor: ['Auditor', 'Read-only access for audits.'],
  StaffManager: ['Staff manager', 'Manages the users of the account.'],
};

/** The legacy RoleB names that differ from their RoleA counterpart. */
const LEGACY_TO_ROLE: Partial<Record<RoleB, RoleA>> = {
  FinanceManager: 'Accountant',
  ReservationOffice: 'ReservationManager',
  FrontOffice: 'FrontDesk',
};

/** A legacy RoleB name as its RoleA id; a name idgraph does not know stays as it is. */
export function roleFromLegacy(role: string): string {
  noteRole(role, 'RoleB');
  return LEGACY_TO_ROLE[role as RoleB] ?? role;
}

/** A known role with its text; a newer role keeps its raw name and has no description. */
export function toRole(role: string): Role {
  const text = Object.hasOwn(ROLE_TEXT, role) ? ROLE_TEXT[role as RoleA] : null;
  noteRole(role);
  return { kind: 'Role', provider: 'apaleo', id: role, name: text?.[0] ?? role, description: text?.[1] ?? null };
}

export function toTenant(propertyId: string): Tenant {
  return { kind: 'Tenant', provider: 'apaleo', id: propertyId, name: null, description: null, createdAt: null };
}

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function displayName(firstName: string, lastName: string): string | null {
  return `${firstName} ${lastName}`.trim() || null;
}

/** Adds each of `roles` (checked against the documented enum: noteRole) to `into`, once each, in order. */
function addRoles(into: string[], roles: readonly string[]): void {
  for (const role of roles) {
    noteRole(role);
    if (!into.includes(role)) into.push(role);
  }
}

/**
 * A user of a users page. Written as loops (no intermediate arrays): a page of 100 users is mapped on
 * every list call, and this was the largest allocator of a `first: 250` query after the executor.
 * The role arrays zod parsed for this item are this item's own, so they are kept, not copied.
 */
export function toUserFromItem(item: UserItemModel): User {
  const properties = item.properties ?? [];
  const roleIds: string[] = item.isAccountAdmin ? ['AccountAdmin'] : [];
  const propertyRoles = new Array<{ propertyId: string; roleIds: string[] }>(properties.length);
  const tenantIds = new Array<string>(properties.length);
  const tenants = new Array<Tenant>(properties.length);
  for (let i = 0; i < properties.length; i += 1) {
    const property = properties[i]!;
    addRoles(roleIds, property.roles);
    propertyRoles[i] = { propertyId: property.id, roleIds: property.roles };
    tenantIds[i] = property.id;
    tenants[i] = toTenant(property.id);
  }
  return {
    kind: 'User',
    provider: 'apaleo',
    id: item.subjectId,
    email: item.email,
    firstName: item.firstName,
    lastName: item.lastName,
    displayName: displayName(item.firstName, item.lastName),
    status: item.enabled ? 'ENABLED' : 'DISABLED',
    createdAt: null,
    roleIds,
    tenantIds,
    tenants,
    apaleo: {
      isAccountAdmin: item.isAccountAdmin,
      isMfaEnabled: item.isMfaEnabled,
      isPasskeysEnabled: item.isPasskeysEnabled,
      propertyRoles,
    },
  };
}

/**
 * A user read by id (GET /users/{id}: `_entities`, `node`, loaders). Written as loops like
 * toUserFromItem: a batch of 100 lookups maps 100 of these per request. Tenants are the user's
 * properties, then those known only from its property roles, each once, in that order; roles are
 * AccountAdmin first, then each property's roles, each once.
 */
export function toUserFromModel(model: UserModel): User {
  const given = model.propertyRoles ?? [];
  const propertyRoles = new Array<{ propertyId: string; roleIds: string[] }>(given.length);
  const roleIds: string[] = model.isAccountAdmin ? ['AccountAdmin'] : [];
  const tenantIds: string[] = [];
  for (const id of model.properties ?? []) if (!tenantIds.includes(id)) tenantIds.push(id);
  for (let i = 0; i < given.length; i += 1) {
    const p = given[i]!;
    addRoles(roleIds, p.roles);
    // The role array zod parsed for this model is its own, so it is kept, not copied.
    propertyRoles[i] = { propertyId: p.id, roleIds: p.roles };
    if (!tenantIds.includes(p.id)) tenantIds.push(p.id);
  }
  const tenants = new Array<Tenant>(tenantIds.length);
  for (let i = 0; i < tenantIds.length; i += 1) tenants[i] = toTenant(tenantIds[i]!);
  return {
    kind: 'User',
    provider: 'apaleo',
    id: model.subjectId,
    email: model.email,
    firstName: model.firstName,
    lastName: model.lastName,
    displayName: displayName(model.firstName, model.lastName),
    status: model.enabled == null ? null : model.enabled ? 'ENABLED' : 'DISABLED',
    createdAt: null,
    roleIds,
    tenantIds,
    tenants,
    apaleo: {
      isAccountAdmin: model.isAccountAdmin,
      isMfaEnabled: model.isMfaEnabled,
      isPasskeysEnabled: null,
      propertyRoles,
    },
  };
}

function parseDate(value: string): Date | null {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function toInvitation(model: InvitationModel): Invitation {
  const roleIds = distinct([
    ...(model.isAccountAdmin ? ['AccountAdmin'] : []),
    ...(model.roles ?? []).map((r) => noteRole(r)),
    ...(model.role ? [roleFromLegacy(model.role)] : []),
  ]);
  return {
    kind: 'Invitation',
    provider: 'apaleo',
    id: model.email,
    email: model.email,
    status: 'PENDING',
    tenantIds: [...(model.properties ?? [])],
    tenants: (model.properties ?? []).map(toTenant),
    roleIds,
    inviterId: null,
    inviterEmail: model.invitedBy,
    acceptedUserId: null,
    createdAt: parseDate(model.created),
    updatedAt: null,
    expiresAt: null,
    grantsAccountAdmin: model.isAccountAdmin,
    apaleo: { isAccountAdmin: model.isAccountAdmin, legacyRole: model.role ?? null },
  };
}
