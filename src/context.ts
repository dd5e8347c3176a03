/**
 * The per-request context: the provider registry and a fresh set of loaders. Loaders dedupe and batch
 * every by-id lookup of one request: one upstream batch per provider per tick, results in the order
 * asked, null for a missing object. A provider that fails fails only its own keys.
 */
import DataLoader from 'dataloader';
import type { GraphQLError } from 'graphql';
import { UNAUTHENTICATED_FULL_ACCESS, type Viewer } from './auth/viewer.js';
import { registryForRequest, type IdentityProvider, type ProviderRegistry } from './domain/provider.js';
import { type Invitation, type ProviderId, type Role, type Tenant, type User } from './domain/types.js';
import { DEFAULT_UPSTREAM_LIMITS, UpstreamCallContext, type UpstreamLimits } from './http/call-context.js';
import { providerIdProblem } from './http/ids.js';
import { InputError } from './domain/errors.js';
import type { AuditTrail } from './audit/trail.js';
import type { PersonLookup } from './domain/person.js';
import { randomUUID } from 'node:crypto';

export interface Loaders {
  users: DataLoader<string, User | null>;
  usersByEmail: DataLoader<string, User | null>;
  invitations: DataLoader<string, Invitation | null>;
  roles: DataLoader<string, Role | null>;
  tenants: DataLoader<string, Tenant | null>;
  /** The tenants of a user, where the provider finds them apart from the user (IdentityProvider.tenantsOfUsers). */
  userTenants: DataLoader<string, Tenant[] | null>;
  /** Forgets every loaded object (the request is over: releaseContext). */
  clearAll(): void;
}

export interface Context {
  providers: ProviderRegistry;
  loaders: Loaders;
  /** Errors reported beside data that other providers answered (see graphql/fanout.ts). */
  partialErrors: GraphQLError[];
  /** The authenticated caller and its scopes. */
  viewer: Viewer;
  /**
   * The request's upstream call context: its deadline, the caller's abort signal and its budget of
   * upstream calls. `providers` are bound to it (IdentityProvider.forRequest), so every upstream call
   * of the request carries it.
   */
  upstream: UpstreamCallContext;
  /** The request id (`x-request-id` when sane, else generated), recorded in the audit trail. */
  requestId: string;
  /** The audit trail (src/audit/trail.ts); null when AUDIT_ENABLED=false. */
  audit: AuditTrail | null;
  /**
   * The request's person lookups by normalized email (graphql/types/Person.ts personLookup), made on
   * first use. On the context, not in a WeakMap keyed by it: a WeakMap's values survive every
   * young-generation collection, so each request's person data was promoted to the old generation.
   */
  personLookups?: Map<string, PersonLookup>;
}

/** The composite key codec lives in domain/entity-key.ts; re-exported here, where the loaders use it. */
export { entityKey, splitKey } from './domain/entity-key.js';
import { splitKey } from './domain/entity-key.js';

function providerLoader<T>(registry: ProviderRegistry, fetch: Fetch<T>, keysAreIds = true): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const groups = new Map<ProviderId, { ids: string[]; positions: number[] }>();
    const results: (T | null | Error)[] = keys.map(() => null);
    keys.forEach((key, position) => {
      const parts = splitKey(key);
      if (!parts || !registry[parts.provider]) return;
      // An id outside the provider's id alphabet (or a dot segment) is refused before any call.
      const problem = keysAreIds ? providerIdProblem(parts.provider, parts.id) : null;
      if (problem) {
        results[position] = new InputError('id', problem, parts.provider);
        return;
      }
      const group = groups.get(parts.provider) ?? { ids: [], positions: [] };
      group.ids.push(parts.id);
      group.positions.push(position);
      groups.set(parts.provider, group);
    });
    await Promise.all(
      [...groups].map(async ([providerId, group]) => {
        try {
          const pending = fetch(registry[providerId]!, group.ids);
          const found = pending ? await pending : group.ids.map(() => null);
          group.positions.forEach((position, i) => {
            results[position] = found[i] ?? null;
          });
        } catch (error) {
          const failure = error instanceof Error ? error : new Error(String(error));
          for (const position of group.positions) results[position] = failure;
        }
      }),
    );
    return results;
  });
}

type Fetch<T> = (provider: IdentityProvider, ids: readonly string[]) => Promise<(T | null)[]> | null;

const fetchUsers: Fetch<User> = (p, ids) => p.getUsers(ids);
const fetchUsersByEmail: Fetch<User> = (p, emails) =>
  p.findUsersByEmail ? Promise.all(emails.map(async (email) => (await p.findUsersByEmail!(email))[0] ?? null)) : null;
const fetchInvitations: Fetch<Invitation> = (p, ids) => (p.getInvitations ? p.getInvitations(ids) : null);
const fetchRoles: Fetch<Role> = (p, ids) => (p.getRoles ? p.getRoles(ids) : null);
const fetchTenants: Fetch<Tenant> = (p, ids) => (p.getTenants ? p.getTenants(ids) : null);
const fetchUserTenants: Fetch<Tenant[]> = (p, ids) => (p.tenantsOfUsers ? p.tenantsOfUsers(ids) : null);

/**
 * A request's loaders, each made when first used: most requests use none or one (a list of users
 * needs no loader), and six DataLoaders per request were made and kept for nothing.
 */
class RequestLoaders implements Loaders {
  #users: DataLoader<string, User | null> | undefined;
  #usersByEmail: DataLoader<string, User | null> | undefined;
  #invitations: DataLoader<string, Invitation | null> | undefined;
  #roles: DataLoader<string, Role | null> | undefined;
  #tenants: DataLoader<string, Tenant | null> | undefined;
  #userTenants: DataLoader<string, Tenant[] | null> | undefined;

  constructor(private readonly registry: ProviderRegistry) {}

  get users() {
    return (this.#users ??= providerLoader(this.registry, fetchUsers));
  }
  get usersByEmail() {
    return (this.#usersByEmail ??= providerLoader(this.registry, fetchUsersByEmail, false));
  }
  get invitations() {
    return (this.#invitations ??= providerLoader(this.registry, fetchInvitations));
  }
  get roles() {
    return (this.#roles ??= providerLoader(this.registry, fetchRoles));
  }
  get tenants() {
    return (this.#tenants ??= providerLoader(this.registry, fetchTenants));
  }
  get userTenants() {
    return (this.#userTenants ??= providerLoader(this.registry, fetchUserTenants));
  }

  clearAll(): void {
    this.#users?.clearAll();
    this.#usersByEmail?.clearAll();
    this.#invitations?.clearAll();
    this.#roles?.clearAll();
    this.#tenants?.clearAll();
    this.#userTenants?.clearAll();
  }
}

export function createLoaders(registry: ProviderRegistry): Loaders {
  return new RequestLoaders(registry);
}

/**
 * The request's execution is over: what its context gathered (upstream answers, loaded objects,
 * person lookups) is let go. Pothos keeps per-request state in WeakMaps keyed by the context (scope-auth's
 * request cache holds the context itself), and V8 keeps a WeakMap's values through every
 * young-generation collection until the next full one: every request's upstream answers and mapped
 * objects were copied twice and promoted to the old generation instead of dying young (W1 under one
 * sequential client: 5 MB promoted per scavenge, 10–20 ms pauses; 1.15 MB and 6 ms with this and
 * src/graphql/release.ts, docs/decisions.md). Called once the execution's result
 * is complete (src/graphql/release.ts). What the result still reads while it is serialized (an edge's
 * cursor: the call context's cursor key) stays.
 */
export function releaseContext(ctx: Context): void {
  ctx.upstream.end();
  ctx.loaders.clearAll();
  ctx.personLookups = undefined;
}

export function createContext(
  registry: ProviderRegistry,
  viewer: Viewer = UNAUTHENTICATED_FULL_ACCESS,
  upstream: { limits?: UpstreamLimits | undefined; signal?: AbortSignal | undefined; cursorKey?: Buffer | undefined } = {},
  request: { requestId?: string | undefined; audit?: AuditTrail | null | undefined } = {},
): Context {
  const call = new UpstreamCallContext(upstream.limits ?? DEFAULT_UPSTREAM_LIMITS, upstream.signal, Date.now(), upstream.cursorKey);
  const providers = registryForRequest(registry, call);
  return {
    providers,
    loaders: createLoaders(providers),
    partialErrors: [],
    viewer,
    upstream: call,
    requestId: request.requestId ?? randomUUID(),
    audit: request.audit ?? null,
  };
}
