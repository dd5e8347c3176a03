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
import { randomUUID } from 'node:crypto';

export interface Loaders {
  users: DataLoader<string, User | null>;
  usersByEmail: DataLoader<string, User | null>;
  invitations: DataLoader<string, Invitation | null>;
  roles: DataLoader<string, Role | null>;
  tenants: DataLoader<string, Tenant | null>;
  /** The tenants of a user, where the provider finds them apart from the user (IdentityProvider.tenantsOfUsers). */
  userTenants: DataLoader<string, Tenant[] | null>;
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
}

/** The composite key codec lives in domain/entity-key.ts; re-exported here, where the loaders use it. */
export { entityKey, splitKey } from './domain/entity-key.js';
import { splitKey } from './domain/entity-key.js';

function providerLoader<T>(
  registry: ProviderRegistry,
  fetch: (provider: IdentityProvider, ids: readonly string[]) => Promise<(T | null)[]> | null,
  keysAreIds = true,
): DataLoader<string, T | null> {
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

export function createLoaders(registry: ProviderRegistry): Loaders {
  return {
    users: providerLoader(registry, (p, ids) => p.getUsers(ids)),
    usersByEmail: providerLoader(
      registry,
      (p, emails) => (p.findUsersByEmail ? Promise.all(emails.map(async (email) => (await p.findUsersByEmail!(email))[0] ?? null)) : null),
      false,
    ),
    invitations: providerLoader(registry, (p, ids) => (p.getInvitations ? p.getInvitations(ids) : null)),
    roles: providerLoader(registry, (p, ids) => (p.getRoles ? p.getRoles(ids) : null)),
    tenants: providerLoader(registry, (p, ids) => (p.getTenants ? p.getTenants(ids) : null)),
    userTenants: providerLoader(registry, (p, ids) => (p.tenantsOfUsers ? p.tenantsOfUsers(ids) : null)),
  };
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
