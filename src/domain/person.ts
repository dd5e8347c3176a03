/**
 * One human across every provider: find every account and pending invitation with an email, and
 * off-board them. Providers are asked concurrently, each the cheapest way it offers; one provider
 * failing never hides what the others answered.
 */
import { IdgraphError, InputError, NotFoundError, ProviderError } from './errors.js';
import type { IdentityProvider } from './provider.js';
import type { Invitation, ProviderId, User } from './types.js';

export interface ProviderFailure {
  provider: ProviderId;
  code: string;
  message: string;
}

export interface Person {
  email: string;
  accounts: User[];
  invitations: Invitation[];
  failures: ProviderFailure[];
}

export function toFailure(provider: ProviderId, error: unknown): ProviderFailure {
  if (error instanceof IdgraphError) return { provider, code: error.code, message: error.message };
  return { provider, code: 'INTERNAL_SERVER_ERROR', message: `${provider} failed unexpectedly` };
}

const sameEmail = (a: string | null | undefined, b: string) => a != null && a.toLowerCase() === b.toLowerCase();

async function accountsIn(provider: IdentityProvider, email: string): Promise<User[]> {
  let found: User[];
  if (provider.findUsersByEmail) found = await provider.findUsersByEmail(email);
  else if (provider.userFilters.includes('email')) found = (await provider.listUsers({ email }, { first: 100 })).edges.map((e) => e.node);
  else if (provider.userFilters.includes('search')) found = (await provider.listUsers({ search: email.slice(0, 64) }, { first: 100 })).edges.map((e) => e.node);
  else found = [];
  return found.filter((u) => sameEmail(u.email, email));
}

async function invitationsIn(provider: IdentityProvider, email: string): Promise<Invitation[]> {
  if (!provider.listInvitations) return [];
  const filter = provider.invitationFilters.includes('invitee') ? { invitee: email } : {};
  const found: Invitation[] = [];
  let after: string | null = null;
  // Without an invitee filter every invitation is read; with one, a single page normally suffices.
  for (let pages = 0; pages < 20; pages += 1) {
    const page = await provider.listInvitations(filter, { first: 100, after });
    found.push(...page.edges.map((e) => e.node));
    if (!page.hasNextPage) break;
    after = page.edges.at(-1)?.cursor ?? null;
  }
  return found.filter((i) => i.status === 'PENDING' && sameEmail(i.email, email));
}

export async function findPerson(providers: IdentityProvider[], email: string): Promise<Person> {
  const person: Person = { email, accounts: [], invitations: [], failures: [] };
  const answers = await Promise.all(
    providers.map(async (provider) => {
      const [accounts, invitations] = await Promise.allSettled([accountsIn(provider, email), invitationsIn(provider, email)]);
      return { provider, accounts, invitations };
    }),
  );
  for (const { provider, accounts, invitations } of answers) {
    if (accounts.status === 'fulfilled') person.accounts.push(...accounts.value);
    if (invitations.status === 'fulfilled') person.invitations.push(...invitations.value);
    // A failing provider is listed once, even when both of its lookups failed.
    const failed = accounts.status === 'rejected' ? accounts : invitations.status === 'rejected' ? invitations : null;
    if (failed) person.failures.push(toFailure(provider.id, failed.reason));
  }
  return person;
}

export type DeprovisionMode = 'DISABLE' | 'DELETE';
export type DeprovisionAction = 'DISABLE_USER' | 'DELETE_USER' | 'REVOKE_INVITATION' | 'DELETE_INVITATION' | 'LOOKUP';
export type DeprovisionOutcome = 'SUCCEEDED' | 'FAILED' | 'UNSUPPORTED' | 'SKIPPED';

export interface DeprovisionEntry {
  provider: ProviderId;
  action: DeprovisionAction;
  outcome: DeprovisionOutcome;
  account: User | null;
  invitation: Invitation | null;
  detail: string | null;
  error: ProviderFailure | null;
}

export interface DeprovisionReport {
  email: string;
  mode: DeprovisionMode;
  dryRun: boolean;
  entries: DeprovisionEntry[];
}

type Plan = { action: DeprovisionAction; run: (() => Promise<string | null>) | null; detail?: string };

function planAccount(provider: IdentityProvider, user: User, mode: DeprovisionMode): Plan {
  const canDelete = provider.deleteUser != null && provider.capabilities.includes('DELETE_USER');
  const canDisable = provider.updateUser != null && provider.capabilities.includes('UPDATE_USER');
  if (mode === 'DELETE' && canDelete) {
    return {
      action: 'DELETE_USER',
      run: async () => {
        const result = await provider.deleteUser!(user.id);
        return result.pending ? 'deletion accepted; the provider completes it asynchronously' : 'deleted';
      },
    };
  }
  if (canDisable) {
    if (user.status === 'DISABLED') return { action: 'DISABLE_USER', run: async () => 'already disabled' };
    return {
      action: 'DISABLE_USER',
      run: async () => {
        await provider.updateUser!(user.id, { status: 'DISABLED' });
        return mode === 'DELETE' ? `disabled (${provider.id} offers no deletion)` : 'disabled';
      },
    };
  }
  return {
    action: mode === 'DELETE' ? 'DELETE_USER' : 'DISABLE_USER',
    run: null,
    detail: `${provider.id} offers neither ${mode === 'DELETE' ? 'deleting nor ' : ''}disabling users`,
  };
}

function planInvitation(provider: IdentityProvider, invitation: Invitation): Plan {
  if (provider.setInvitationStatus && provider.capabilities.includes('SET_INVITATION_STATUS')) {
    return { action: 'REVOKE_INVITATION', run: async () => (await provider.setInvitationStatus!(invitation.id, 'REVOKED', null), 'revoked') };
  }
  if (provider.deleteInvitation) return { action: 'DELETE_INVITATION', run: async () => (await provider.deleteInvitation!(invitation.id), 'deleted') };
  return { action: 'REVOKE_INVITATION', run: null, detail: `${provider.id} offers no way to withdraw invitations` };
}

async function execute(provider: IdentityProvider, plan: Plan, dryRun: boolean, target: Pick<DeprovisionEntry, 'account' | 'invitation'>): Promise<DeprovisionEntry> {
  const base = { provider: provider.id, action: plan.action, ...target, error: null };
  if (!plan.run) return { ...base, outcome: 'UNSUPPORTED', detail: plan.detail ?? null };
  if (dryRun) return { ...base, outcome: 'SKIPPED', detail: 'dry run: nothing was changed' };
  try {
    return { ...base, outcome: 'SUCCEEDED', detail: await plan.run() };
  } catch (error) {
    // Already gone is the goal reached: running the off-boarding twice is safe.
    if (error instanceof NotFoundError || (error instanceof ProviderError && error.status === 404)) {
      return { ...base, outcome: 'SUCCEEDED', detail: 'already gone' };
    }
    if (error instanceof InputError && error.field === 'input.status') {
      return { ...base, outcome: 'UNSUPPORTED', detail: error.message };
    }
    return { ...base, outcome: 'FAILED', detail: null, error: toFailure(provider.id, error) };
  }
}

export async function deprovisionPerson(providers: IdentityProvider[], email: string, mode: DeprovisionMode, dryRun: boolean): Promise<DeprovisionReport> {
  const person = await findPerson(providers, email);
  const byId = new Map(providers.map((p) => [p.id, p]));
  // Invitations a provider deletes together with a deleted account (Logto: those the user sent or
  // accepted) are listed as entries of their own, so the dry run shows what goes with the account.
  // Listed before anything is deleted.
  const cascades = person.accounts.map(async (account) => {
    const provider = byId.get(account.provider)!;
    if (mode !== 'DELETE' || planAccount(provider, account, mode).action !== 'DELETE_USER' || !provider.invitationsDeletedWithUser) return [];
    const listed = new Set(person.invitations.map((i) => `${i.provider}:${i.id}`));
    try {
      const going = (await provider.invitationsDeletedWithUser(account.id)).filter((i) => !listed.has(`${i.provider}:${i.id}`));
      return going.map((invitation) => ({ account, invitation }));
    } catch (error) {
      person.failures.push(toFailure(provider.id, error));
      return [];
    }
  });
  const cascaded = (await Promise.all(cascades)).flat();
  const work: Promise<DeprovisionEntry>[] = [
    ...person.accounts.map((account) => {
      const provider = byId.get(account.provider)!;
      return execute(provider, planAccount(provider, account, mode), dryRun, { account, invitation: null });
    }),
    ...person.invitations.map((invitation) => {
      const provider = byId.get(invitation.provider)!;
      return execute(provider, planInvitation(provider, invitation), dryRun, { account: null, invitation });
    }),
  ];
  const entries = await Promise.all(work);
  for (const { account, invitation } of cascaded) {
    const accountEntry = entries.find((e) => e.account === account);
    const why = `goes with the account ${account.email ?? account.id}: ${account.provider} deletes the invitations a user sent or accepted when it deletes the user`;
    const outcome: DeprovisionOutcome = dryRun || accountEntry?.outcome !== 'SUCCEEDED' ? 'SKIPPED' : 'SUCCEEDED';
    const detail = dryRun ? `dry run: nothing was changed; ${why}` : outcome === 'SUCCEEDED' ? `deleted; ${why}` : `kept: the account was not deleted`;
    entries.push({ provider: invitation.provider, action: 'DELETE_INVITATION', outcome, account: null, invitation, detail, error: null });
  }
  for (const failure of person.failures) {
    entries.push({ provider: failure.provider, action: 'LOOKUP', outcome: 'FAILED', account: null, invitation: null, detail: null, error: failure });
  }
  return { email, mode, dryRun, entries };
}
