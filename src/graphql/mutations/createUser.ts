/** `createUser`: creates a user account directly, where the provider can (its adapter has createUser). */
import { z } from 'zod';
import { EmailSchema as Email } from '../../domain/email.js';
import { InputError } from '../../domain/errors.js';
import { builder } from '../builder.js';
import { requireOperation } from '../require-operation.js';
import { MUTATION_ERRORS } from '../errors.js';
import { ProviderEnum } from '../types/Provider.js';
import { UserRef } from '../types/User.js';

const Name = z.string().trim().min(1, { message: 'must not be empty' }).max(100, { message: 'must be at most 100 characters' });

/** Checked in the resolver (not with `validate`), so that a bad value is a typed ValidationError in CreateUserResult. */
function check<T>(field: string, schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new InputError(field, parsed.error.issues[0]?.message ?? 'is invalid');
  return parsed.data;
}

const CreateUserInput = builder.inputType('CreateUserInput', {
  description: 'A user account to create. The password is optional; where given, rePassword must repeat it.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, required: true, description: 'Where to create the user.' }),
    email: t.string({ required: true, description: 'The email address, which identifies the user.' }),
    firstName: t.string({ required: true, description: 'Given name (1 to 100 characters).' }),
    lastName: t.string({ required: true, description: 'Family name (1 to 100 characters).' }),
    password: t.string({ description: 'An initial password (LumApps: 8 to 128 characters with a letter and a digit).' }),
    rePassword: t.string({ description: 'The password again; must equal password.' }),
    accountType: t.string({ description: 'LumApps: the account type; only external (the default) can be created.' }),
  }),
});

builder.mutationField('createUser', (t) =>
  t.field({
    type: UserRef,
    description: 'Creates a user account. Answers the user as the provider stored it.',
    errors: { types: MUTATION_ERRORS, union: { name: 'CreateUserResult', description: 'The new user, or why it was not created.' } },
    args: { input: t.arg({ type: CreateUserInput, required: true, description: 'The user to create.' }) },
    resolve: async (_root, { input }, ctx) => {
      const provider = requireOperation(ctx, input.provider, 'createUser', 'input.provider');
      const email = check('input.email', Email, input.email.trim());
      const firstName = check('input.firstName', Name, input.firstName);
      const lastName = check('input.lastName', Name, input.lastName);
      if (input.password != null && input.rePassword == null) throw new InputError('input.rePassword', 'must repeat password');
      if (input.rePassword != null && input.password == null) throw new InputError('input.password', 'is required when rePassword is given');
      if (input.password != null && input.password !== input.rePassword) throw new InputError('input.rePassword', 'does not match password');
      return provider.createUser({
        email,
        firstName,
        lastName,
        password: input.password,
        rePassword: input.rePassword,
        accountType: input.accountType,
      });
    },
  }),
);
