/** addUserToTenant: links a user to a tenant of the same provider; answers the user. */
import { entityKey } from '../../context.js';
import { InputError } from '../../domain/errors.js';
import { builder } from '../builder.js';
import { requireOperation } from '../require-operation.js';
import { MUTATION_ERRORS } from '../errors.js';
import { parseId } from '../global-id.js';
import { UserRef } from '../types/User.js';
import { ForbiddenError, forbiddenAsTyped } from './forbidden-error.js';

const AddUserToTenantInput = builder.inputType('AddUserToTenantInput', {
  description: 'The user and the tenant to add it to; both of the same provider.',
  fields: (t) => ({
    userId: t.id({ required: true, description: 'The global id of the user (User.id).' }),
    tenantId: t.id({ required: true, description: 'The global id of the tenant (Tenant.id).' }),
  }),
});

builder.mutationField('addUserToTenant', (t) =>
  t.field({
    type: UserRef,
    description:
      'Adds a user to a tenant (Authress: link tenant user; an Authress user belongs to one tenant at most, so this moves the user). Answers the user.',
    errors: {
      types: [ForbiddenError, ...MUTATION_ERRORS],
      union: { name: 'AddUserToTenantResult', description: 'The user, or why it was not added to the tenant.' },
    },
    args: { input: t.arg({ type: AddUserToTenantInput, required: true, description: 'Which user and which tenant.' }) },
    resolve: async (_root, { input }, ctx) => {
      const user = parseId('input.userId', String(input.userId), 'User');
      const tenant = parseId('input.tenantId', String(input.tenantId), 'Tenant');
      if (user.provider !== tenant.provider) {
        throw new InputError('input.tenantId', `is a ${tenant.provider.toUpperCase()} tenant, but the user is in ${user.provider.toUpperCase()}`);
      }
      const provider = requireOperation(ctx, user.provider, 'addUserToTenant', 'input.userId');
      const result = await forbiddenAsTyped('addUserToTenant', provider.addUserToTenant(user.id, tenant.id));
      ctx.loaders.userTenants.clear(entityKey(provider.id, user.id));
      return result;
    },
  }),
);
