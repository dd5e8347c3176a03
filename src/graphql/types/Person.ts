/**
 * `person(email)` and `deprovisionPerson`: one human across every configured provider.
 */
import type { Context } from '../../context.js';
import { EmailSchema as Email } from '../../domain/email.js';
import { InputError } from '../../domain/errors.js';
import {
  deprovisionPerson,
  normalizeEmail,
  oncePerProvider,
  PersonLookup,
  type DeprovisionEntry,
  type DeprovisionReport,
  type ProviderFailure,
} from '../../domain/person.js';
import { PROVIDER_IDS } from '../../domain/types.js';
import { hasScope } from '../../auth/viewer.js';
import { TYPE_SCOPES } from '../auth.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { nodeEntity } from '../federation.js';
import { configuredProviders } from '../connection.js';
import { MUTATION_ERRORS } from '../errors.js';
import { InvitationRef } from './Invitation.js';
import { ProviderEnum } from './Provider.js';
import { UserRef } from './User.js';

const EmailSchema = Email.max(256);

const ProviderFailureRef = builder.objectRef<ProviderFailure>('ProviderFailure').implement({
  description: 'A provider that could not answer; what it would have contributed is missing.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider that failed.', resolve: (f) => f.provider }),
    code: t.exposeString('code', { description: 'A stable code such as UPSTREAM_TIMEOUT or RATE_LIMITED.' }),
    message: t.exposeString('message', { description: 'What went wrong, for people.' }),
  }),
});

export const PersonRef = builder.objectRef<PersonLookup>('Person');

/**
 * The request's lookup of the person with this email (letter case ignored); nothing is read until a field asks.
 * One lookup per email per request (kept on the context), so aliases and federation references share their upstream reads.
 */
export function personLookup(ctx: Context, email: string): PersonLookup {
  const byEmail = (ctx.personLookups ??= new Map());
  const key = normalizeEmail(email);
  let lookup = byEmail.get(key);
  if (!lookup) byEmail.set(key, (lookup = new PersonLookup(configuredProviders(ctx), key)));
  return lookup;
}

/**
 * The failures of the parts this query reads. Sibling fields start their reads when they resolve, so
 * wait one turn for them to start; when none did (only `errors` was selected), read both.
 */
async function failuresOf(lookup: PersonLookup): Promise<ProviderFailure[]> {
  await new Promise((resolve) => setImmediate(resolve));
  const parts = lookup.started().length > 0 ? lookup.started() : [lookup.accounts(), lookup.invitations()];
  return oncePerProvider((await Promise.all(parts)).flatMap((part) => part.failures));
}

nodeEntity(
  PersonRef,
  {
    description:
      'One human, found by email in every configured provider (letter case ignored). Each field reads only what it needs: `email` and `id` cost no upstream call, `accounts` reads no invitations.',
    id: {
      resolve: (p) => p.email,
      description: 'Stable global id of the person, derived from the normalized email: the same for `Ada@x.com` and `ada@x.com`.',
    },
    isTypeOf: (value) => value instanceof PersonLookup,
    loadOne: (email, ctx) => {
      if (!EmailSchema.safeParse(email).success) throw new InputError('id', 'is not the id of a Person');
      return personLookup(ctx, email);
    },
    fields: (t) => ({
      email: t.exposeString('email', {
        description: 'The email, normalized (trimmed, lower case): the same whatever letter case was asked for. The federation key.',
      }),
      accounts: t.field({
        type: [UserRef],
        description: 'Every account with this email, in the order of the Provider enum. A provider that failed is in `errors`.',
        resolve: async (p) => (await p.accounts()).items,
      }),
      invitations: t.field({
        type: [InvitationRef],
        description: 'Every pending invitation to this email. A provider that failed is in `errors`.',
        resolve: async (p) => (await p.invitations()).items,
      }),
      providers: t.field({
        type: [ProviderEnum],
        description:
          'The providers this person has an account or a pending invitation in, in the order of the Provider enum (invitations count only for callers with the invitations:read scope).',
        resolve: async (p, _args, ctx) => {
          const seeInvitations = hasScope(ctx.viewer, TYPE_SCOPES.Invitation!);
          const [accounts, invitations] = await Promise.all([
            p.accounts(),
            seeInvitations ? p.invitations() : Promise.resolve({ items: [] as { provider: string }[] }),
          ]);
          const found = new Set([...accounts.items.map((a) => a.provider), ...invitations.items.map((i) => i.provider)]);
          return PROVIDER_IDS.filter((id) => found.has(id));
        },
      }),
      errors: t.field({
        type: [ProviderFailureRef],
        description: 'Providers that could not answer the parts this query asked for; the person may have accounts or invitations there too.',
        resolve: (p) => failuresOf(p),
      }),
    }),
  },
  // The entity keyed by `email`, so any subgraph that knows an employee's email reaches all their accounts.
  {
    key: builder.selection<{ email: string }>('email'),
    resolveReference: (ref, ctx) => {
      if (typeof ref.email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(ref.email) || ref.email.length > 256) {
        throw new InputError('representations.email', 'a Person representation needs its key field email (an email address)');
      }
      return personLookup(ctx, ref.email);
    },
  },
);

builder.queryField('person', (t) =>
  t.field({
    authScopes: needs('users:read'),
    type: PersonRef,
    description:
      'Every account and pending invitation with this email in every configured provider, each looked up the cheapest way the provider offers, all concurrently, and only as far as the selection needs. A provider that fails is an entry in `errors`, not a failed query.',
    args: { email: t.arg.string({ required: true, description: 'The person’s email address.', validate: EmailSchema }) },
    resolve: (_root, args, ctx) => personLookup(ctx, args.email),
  }),
);

const DeprovisionModeEnum = builder.enumType('DeprovisionMode', {
  description: 'How far to go when off-boarding a person.',
  values: {
    DISABLE: { value: 'DISABLE', description: 'Disable accounts where the provider can; nothing is deleted.' },
    DELETE: { value: 'DELETE', description: 'Delete accounts where the provider can, otherwise disable them.' },
  } as const,
});

const DeprovisionActionEnum = builder.enumType('DeprovisionAction', {
  description: 'What was (or would be) done to one account or invitation.',
  values: {
    DISABLE_USER: { value: 'DISABLE_USER', description: 'Disable the account.' },
    DELETE_USER: { value: 'DELETE_USER', description: 'Delete the account.' },
    REVOKE_INVITATION: { value: 'REVOKE_INVITATION', description: 'Revoke the pending invitation.' },
    DELETE_INVITATION: { value: 'DELETE_INVITATION', description: 'Delete the pending invitation (where it cannot be revoked).' },
    LOOKUP: { value: 'LOOKUP', description: 'Finding the person in this provider (it failed, so its accounts are unknown).' },
  } as const,
});

const DeprovisionOutcomeEnum = builder.enumType('DeprovisionOutcome', {
  description: 'How one action ended.',
  values: {
    SUCCEEDED: { value: 'SUCCEEDED', description: 'Done, or already the case (also in a dry run: an account already disabled needs nothing).' },
    FAILED: { value: 'FAILED', description: 'The provider refused or failed; see `error`.' },
    UNSUPPORTED: { value: 'UNSUPPORTED', description: 'The provider offers no such operation; nothing was changed.' },
    SKIPPED: { value: 'SKIPPED', description: 'Dry run: this is what would be done; nothing was changed.' },
  } as const,
});

const DeprovisionEntryRef = builder.objectRef<DeprovisionEntry>('DeprovisionEntry').implement({
  description: 'One account or invitation of the person, and what happened to it.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider.', resolve: (e) => e.provider }),
    action: t.field({ type: DeprovisionActionEnum, description: 'What was (or would be) done.', resolve: (e) => e.action }),
    outcome: t.field({ type: DeprovisionOutcomeEnum, description: 'How it ended.', resolve: (e) => e.outcome }),
    account: t.field({ type: UserRef, nullable: true, description: 'The account, as found before the action.', resolve: (e) => e.account }),
    invitation: t.field({ type: InvitationRef, nullable: true, description: 'The invitation, as found before the action.', resolve: (e) => e.invitation }),
    detail: t.exposeString('detail', { nullable: true, description: 'More about the outcome, for people.' }),
    error: t.field({ type: ProviderFailureRef, nullable: true, description: 'Why it failed, for FAILED.', resolve: (e) => e.error }),
  }),
});

const DeprovisionReportRef = builder.objectRef<DeprovisionReport>('DeprovisionReport').implement({
  description: 'What off-boarding a person did, one entry per account or invitation. Running it again is safe.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The person’s email.' }),
    mode: t.field({ type: DeprovisionModeEnum, description: 'The mode asked for.', resolve: (r) => r.mode }),
    dryRun: t.exposeBoolean('dryRun', { description: 'True when nothing was changed.' }),
    entries: t.field({
      type: [DeprovisionEntryRef],
      description: 'One entry per account or invitation (and per provider that could not be asked).',
      resolve: (r) => r.entries,
    }),
    complete: t.boolean({
      description: 'True when every entry SUCCEEDED (or, in a dry run, would be attempted).',
      resolve: (r) => r.entries.every((e) => e.outcome === 'SUCCEEDED' || e.outcome === 'SKIPPED'),
    }),
  }),
});

const DeprovisionPersonInput = builder.inputType('DeprovisionPersonInput', {
  description: 'Whom to off-board and how.',
  fields: (t) => ({
    email: t.string({ required: true, description: 'The person’s email address.', validate: EmailSchema }),
    mode: t.field({ type: DeprovisionModeEnum, required: true, description: 'DISABLE or DELETE.' }),
    dryRun: t.boolean({ defaultValue: false, description: 'Report what would be done without changing anything.' }),
  }),
});

builder.mutationField('deprovisionPerson', (t) =>
  t.field({
    authScopes: needs('admin'),
    type: DeprovisionReportRef,
    description:
      'Off-boards one person everywhere: for every account, disable (or delete, where DELETE was asked and the provider can); for every pending invitation, revoke or delete it. All providers concurrently; it never stops at the first failure.',
    errors: { types: MUTATION_ERRORS, union: { name: 'DeprovisionPersonResult', description: 'The report, or why nothing was attempted.' } },
    args: { input: t.arg({ type: DeprovisionPersonInput, required: true, description: 'Whom and how.' }) },
    resolve: (_root, { input }, ctx) => deprovisionPerson(configuredProviders(ctx), input.email, input.mode, input.dryRun ?? false),
  }),
);
