/** deleteUser: removes a user; where the provider deletes asynchronously the answer says it is pending. */
import { entityKey } from '../../context.js';
import { NotFoundError } from '../../domain/errors.js';
import type { Invitation, User } from '../../domain/types.js';
import { builder } from '../builder.js';
import { requireOperation } from '../require-operation.js';
import { MUTATION_ERRORS } from '../errors.js';
import { parseId } from '../global-id.js';
import { InvitationRef } from '../types/Invitation.js';
import { UserRef } from '../types/User.js';
import { ForbiddenError, forbiddenAsTyped } from './forbidden-error.js';

interface UserDeletion {
  user: User;
  pending: boolean;
  deletedInvitations: Invitation[];
}

const UserDeletionRef = builder.objectRef<UserDeletion>('UserDeletion').implement({
  description:
    'The provider accepted the deletion. When `pending` is true (Authress) the provider removes the user asynchronously: the user may still be readable for a moment.',
  fields: (t) => ({
    user: t.field({ type: UserRef, description: 'The user as it was just before the deletion was asked for.', resolve: (d) => d.user }),
    pending: t.exposeBoolean('pending', {
      description: 'True when the deletion was accepted but is not done yet (the provider deletes asynchronously); false when the user is already gone.',
    }),
    deletedInvitations: t.field({
      type: [InvitationRef],
      description:
        'Invitations the provider deleted together with the user, as they were just before. Logto deletes every invitation the user sent (pending ones included, so their invitees can no longer accept) or accepted; empty for the other providers.',
      resolve: (d) => d.deletedInvitations,
    }),
  }),
});

const DeleteUserInput = builder.inputType('DeleteUserInput', {
  description: 'The user to delete.',
  fields: (t) => ({ id: t.id({ required: true, description: 'The global id of the user (User.id).' }) }),
});

builder.mutationField('deleteUser', (t) =>
  t.field({
    type: UserDeletionRef,
    description:
      'Deletes a user and, in Authress, all access granted to it. Authress deletes asynchronously: the answer says the deletion is accepted and pending, not that it is done.',
    errors: {
      types: [ForbiddenError, ...MUTATION_ERRORS],
      union: { name: 'DeleteUserResult', description: 'The accepted deletion, or why the user was not deleted.' },
    },
    args: { input: t.arg({ type: DeleteUserInput, required: true, description: 'Which user.' }) },
    resolve: async (_root, { input }, ctx) => {
      const { provider: providerId, id } = parseId('input.id', String(input.id), 'User');
      const provider = requireOperation(ctx, providerId, 'deleteUser', 'input.id');
      const user = await ctx.loaders.users.load(entityKey(provider.id, id));
      if (!user) throw new NotFoundError(provider.id, 'User', id);
      const result = await forbiddenAsTyped('deleteUser', provider.deleteUser(id));
      ctx.loaders.users.clear(entityKey(provider.id, id));
      return { user, pending: result.pending, deletedInvitations: result.deletedInvitations ?? [] };
    },
  }),
);
