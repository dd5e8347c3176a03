/**
 * Apollo Federation v2: User, Invitation, Role and Tenant are entities keyed by their global `id`;
 * Person is keyed by `email`, so any subgraph that knows an employee's email reaches all their
 * accounts. `_entities` goes through the same per-request loaders as `node`, so representations are
 * batched per provider.
 */
import { builder } from './builder.js';
import { decodeId } from './global-id.js';
import { InvitationRef } from './types/Invitation.js';
import { personLookup, PersonRef } from './types/Person.js';
import { RoleRef } from './types/Role.js';
import { TenantRef } from './types/Tenant.js';
import { UserRef } from './types/User.js';

const byGlobalId = builder.selection<{ id: string }>('id');

/** The loader key of a representation's id, or null when the id is not one of this type. */
function keyOf(globalId: string, typename: string): string | null {
  const decoded = decodeId(globalId);
  return decoded.typename === typename ? decoded.id : null;
}

builder.asEntity(UserRef, {
  key: byGlobalId,
  resolveReference: (ref, ctx) => {
    const key = keyOf(ref.id, 'User');
    return key ? ctx.loaders.users.load(key) : null;
  },
});

builder.asEntity(InvitationRef, {
  key: byGlobalId,
  resolveReference: (ref, ctx) => {
    const key = keyOf(ref.id, 'Invitation');
    return key ? ctx.loaders.invitations.load(key) : null;
  },
});

builder.asEntity(RoleRef, {
  key: byGlobalId,
  resolveReference: (ref, ctx) => {
    const key = keyOf(ref.id, 'Role');
    return key ? ctx.loaders.roles.load(key) : null;
  },
});

builder.asEntity(TenantRef, {
  key: byGlobalId,
  resolveReference: (ref, ctx) => {
    const key = keyOf(ref.id, 'Tenant');
    return key ? ctx.loaders.tenants.load(key) : null;
  },
});

builder.asEntity(PersonRef, {
  key: builder.selection<{ email: string }>('email'),
  resolveReference: (ref, ctx) => personLookup(ctx, ref.email),
});
