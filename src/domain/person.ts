/**
 * One human across every provider: find every account and pending invitation with an email, and
 * off-board them. Providers are asked concurrently, each the cheapest way it offers; one provider
 * failing never hides what the others answered.
 */
import { entityKey } from './entity-key.js';
import { IdgraphError, InputError, NotFoundError, ProviderError, UpstreamNotFound } from './errors.js';
import { offers, type IdentityProvider } from './provider.js';
import type { Invitation, ProviderId, User } from './types.js';

export interface ProviderFailure {
  provider: ProviderId;
  code: string;
  message: string;
  /** The request reached the provider but its answer did not come back (kept for the audit trail). */
  outcomeUnknown?: boolean;
}

export interface Person {
  /** The email, normalized (see normalizeEmail). */
  email: string;
  accounts: User[];
  invitations: Invitation[];
  failures: ProviderFailure[];
}

function toFailure(provider: ProviderId, error: unknown): ProviderFailure {
  if (error instanceof ProviderError && error.outcomeUnknown) return { provider, code: error.code, message: error.message, outcomeUnknown: true };
  if (error instanceof IdgraphError) return { provider, code: error.code, message: error.message };
  return { provider, code: 'INTERNAL_SERVER_ERROR', message: `${provider} failed unexpectedly` };
}

/** The one spelling of an email idgraph uses for a person: trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const sameEmail = (a: string | null | undefined, b: string) => a != null && normalizeEmail(a) === normalizeEmail(b);

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

/** A provider whose account and invitation lookups both failed is listed once (its first failure). */
export function oncePerProvider(failures: ProviderFailure[]): ProviderFailure[] {
  const seen = new Set<string>();
  return failures.filter((f) => !seen.has(f.provider) && (seen.add(f.provider), true));
}

/** What the providers answered for one part of a person: the items found, and the providers that failed. */
export interface PersonPart<T> {
  items: T[];
  failures: ProviderFailure[];
}

async function askAll<T>(providers: IdentityProvider[], ask: (provider: IdentityProvider) => Promise<T[]>): Promise<PersonPart<T>> {
  const answers = await Promise.allSettled(providers.map(ask));
  const part: PersonPart<T> = { items: [], failures: [] };
  answers.forEach((answer, i) => {
    if (answer.status === 'fulfilled') part.items.push(...answer.value);
    else part.failures.push(toFailure(providers[i]!.id, answer.reason));
  });
  return part;
}

/**
 * One person, looked up lazily: accounts and invitations are each read from the providers only when
 * first asked for, and at most once. `{ person(email) { email id } }` and a federation reference that
 * only resolves the key cost no upstream call; asking for accounts alone reads no invitations.
 */
export class PersonLookup {
  readonly email: string;
  #accounts: Promise<PersonPart<User>> | null = null;
  #invitations: Promise<PersonPart<Invitation>> | null = null;

  constructor(
    private readonly providers: IdentityProvider[],
    email: string,
  ) {
    this.email = normalizeEmail(email);
  }

  /** Every account with this email, in the order of the providers given. */
  accounts(): Promise<PersonPart<User>> {
    return (this.#accounts ??= askAll(this.providers, (p) => accountsIn(p, this.email)));
  }

  /** The parts read so far (or being read). */
  started(): Promise<PersonPart<User | Invitation>>[] {
    return [this.#accounts, this.#invitations].filter((part) => part != null);
  }

  /** Every pending invitation to this email. */
  invitations(): Promise<PersonPart<Invitation>> {
    return (this.#invitations ??= askAll(this.providers, (p) => invitationsIn(p, this.email)));
  }
}

async function findPerson(providers: IdentityProvider[], email: string): Promise<Person> {
  const lookup = new PersonLookup(providers, email);
  const [accounts, invitations] = await Promise.all([lookup.accounts(), lookup.invitations()]);
  return {
    email: lookup.email,
    accounts: accounts.items,
    invitations: invitations.items,
    failures: oncePerProvider([...accounts.failures, ...invitations.failures]),
  };
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

/** What to do; `done` says the goal is already reached (nothing to run, in a dry run or not). */
type Plan = { action: DeprovisionAction; run: (() => Promise<string | null>) | null; detail?: string; done?: string };

function planAccount(provider: IdentityProvider, user: User, mode: DeprovisionMode): Plan {
  // What a provider can do is the methods it has (capabilities are computed from them).
  if (mode === 'DELETE' && offers(provider, 'deleteUser')) {
    return {
      action: 'DELETE_USER',
      run: async () => {
        const result = await provider.deleteUser(user.id);
        return result.pending ? 'deletion accepted; the provider completes it asynchronously' : 'deleted';
      },
    };
  }
  if (offers(provider, 'updateUser')) {
    if (user.status === 'DISABLED') return { action: 'DISABLE_USER', run: null, done: 'already disabled' };
    return {
      action: 'DISABLE_USER',
      run: async () => {
        await provider.updateUser(user.id, { status: 'DISABLED' });
        return mode === 'DELETE' ? `disabled (${provider.id.toUpperCase()} offers no deletion)` : 'disabled';
      },
    };
  }
  return {
    action: mode === 'DELETE' ? 'DELETE_USER' : 'DISABLE_USER',
    run: null,
    detail:
      mode === 'DELETE'
        ? `${provider.id.toUpperCase()} offers neither deleting nor disabling users`
        : `${provider.id.toUpperCase()} offers no way to disable users`,
  };
}

function planInvitation(provider: IdentityProvider, invitation: Invitation): Plan {
  if (offers(provider, 'setInvitationStatus')) {
    return { action: 'REVOKE_INVITATION', run: async () => (await provider.setInvitationStatus(invitation.id, 'REVOKED', null), 'revoked') };
  }
  if (offers(provider, 'deleteInvitation'))
    return { action: 'DELETE_INVITATION', run: async () => (await provider.deleteInvitation(invitation.id), 'deleted') };
  return { action: 'REVOKE_INVITATION', run: null, detail: `${provider.id.toUpperCase()} offers no way to withdraw invitations` };
}

async function execute(
  provider: IdentityProvider,
  plan: Plan,
  dryRun: boolean,
  target: Pick<DeprovisionEntry, 'account' | 'invitation'>,
): Promise<DeprovisionEntry> {
  const base = { provider: provider.id, action: plan.action, ...target, error: null };
  if (plan.done) return { ...base, outcome: 'SUCCEEDED', detail: plan.done };
  if (!plan.run) return { ...base, outcome: 'UNSUPPORTED', detail: plan.detail ?? null };
  if (dryRun) return { ...base, outcome: 'SKIPPED', detail: 'dry run: nothing was changed' };
  try {
    return { ...base, outcome: 'SUCCEEDED', detail: await plan.run() };
  } catch (error) {
    // Already gone is the goal reached: running the off-boarding twice is safe.
    if (error instanceof NotFoundError || error instanceof UpstreamNotFound) {
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
  // Invitations a provider deletes together with a deleted account (invitationsDeletedWithUser: e.g. those
  // the user sent or accepted) are listed as entries of their own, so the dry run shows what goes with the account.
  // Listed before anything is deleted.
  const cascades = person.accounts.map(async (account) => {
    const provider = byId.get(account.provider)!;
    if (mode !== 'DELETE' || planAccount(provider, account, mode).action !== 'DELETE_USER' || !provider.invitationsDeletedWithUser) return [];
    const listed = new Set(person.invitations.map((i) => entityKey(i.provider, i.id)));
    try {
      const going = (await provider.invitationsDeletedWithUser(account.id)).filter((i) => !listed.has(entityKey(i.provider, i.id)));
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
