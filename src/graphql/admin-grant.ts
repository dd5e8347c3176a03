/**
 * Granting provider-admin rights needs idgraph's `admin` scope, whatever write scope the mutation
 * itself needs. What counts as an admin grant, per provider:
 * - `isAccountAdmin: true` (createInvitation, updateUser), or a role whose id names an admin role
 *   (AccountAdmin, PropertyAdmin);
 * - a role whose id or name contains "admin" or "owner" (letter case ignored); unless the provider
 *   declares `roleIdsAreNames`, the role is read first (a read, never the write) and an unknown role
 *   is refused as BAD_USER_INPUT;
 * - accepting an invitation (setInvitationStatus ACCEPTED) that grants such a role or account-admin.
 * A refusal is the typed InsufficientScopeError result (code FORBIDDEN); nothing is written upstream.
 */
import { AuthorizationError, hasScope } from '../auth/viewer.js';
import { entityKey, type Context } from '../context.js';
import { InputError } from '../domain/errors.js';
import type { IdentityProvider } from '../domain/provider.js';
import { builder } from './builder.js';
import { ErrorInterface } from './errors.js';

export const ADMIN_GRANT_SCOPE = 'admin';

/** Role ids or names that grant administration of a provider, an account, a property or an organization. */
export const ADMIN_ROLE_PATTERN = /admin|owner/i;

/** The caller asked to grant provider-admin rights without the `admin` scope. Nothing was sent upstream. */
export class AdminGrantError extends AuthorizationError {
  constructor(
    readonly field: string,
    readonly grant: string,
  ) {
    super([ADMIN_GRANT_SCOPE]);
    this.message = `${field}: ${grant} grants provider-admin rights, which needs the scope ${ADMIN_GRANT_SCOPE}`;
    this.name = 'AdminGrantError';
  }
  override extensions() {
    return { ...super.extensions(), field: this.field };
  }
}

builder.objectType(AdminGrantError, {
  name: 'InsufficientScopeError',
  description:
    'The caller’s scopes do not allow this change (code FORBIDDEN): granting provider-admin rights (account admin, admin or owner roles) needs the admin scope. Nothing was sent upstream.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof AdminGrantError,
  fields: (t) => ({
    field: t.exposeString('field', { description: 'The input field that asked for the grant, as a dotted path (for example `input.isAccountAdmin`).' }),
    requiredScopes: t.stringList({ description: 'The scopes the change needs.', resolve: (e) => [...e.required] }),
  }),
});

/** Throws AdminGrantError unless the caller holds `admin`: `isAccountAdmin: true` at `field`. */
export function checkAccountAdminGrant(ctx: Context, field: string, isAccountAdmin: boolean | null | undefined): void {
  if (isAccountAdmin === true && !hasScope(ctx.viewer, ADMIN_GRANT_SCOPE)) throw new AdminGrantError(field, 'isAccountAdmin: true');
}

/** Throws AdminGrantError unless the caller holds `admin` when one of the roles is an admin role (reads role names where ids do not tell). */
export async function checkRoleGrant(ctx: Context, of: IdentityProvider, field: string, roleIds: readonly string[]): Promise<void> {
  if (roleIds.length === 0 || hasScope(ctx.viewer, ADMIN_GRANT_SCOPE)) return;
  const byId = roleIds.find((id) => ADMIN_ROLE_PATTERN.test(id));
  if (byId) throw new AdminGrantError(field, `the role ${byId}`);
  // Where role ids are the role names themselves (the provider says so), the id told all; elsewhere the name is read (a read, never the write).
  if (of.roleIdsAreNames) return;
  const provider = of.id;
  const roles = await ctx.loaders.roles.loadMany(roleIds.map((id) => entityKey(provider, id)));
  for (const [i, role] of roles.entries()) {
    if (role instanceof Error) throw role;
    if (role == null) throw new InputError(field, `no ${provider.toUpperCase()} role ${JSON.stringify(roleIds[i])}`, provider);
    if (ADMIN_ROLE_PATTERN.test(role.name)) throw new AdminGrantError(field, `the role ${role.name}`);
  }
}
