/**
 * The provider plug-in contract: a provider is a folder (src/providers/<id>/) whose index.ts exports
 * ONE definition made with defineProvider(); src/providers/registry.ts lists them. Everything generic
 * (ProviderId, the Provider enum, the configuration, start-up, nested GraphQL objects, the sandbox
 * people seed, fault-injection targets) is derived from the registry. See src/providers/README.md.
 *
 * Only type imports here: the registry is imported by generic modules (config, domain types, schema).
 */
import { z } from 'zod';
import type { builder } from '../graphql/builder.js';
import type { loadPresent } from '../graphql/connection.js';
import type { entityKey } from '../context.js';
import type { InvitationRef } from '../graphql/types/Invitation.js';
import type { RoleRef } from '../graphql/types/Role.js';
import type { TenantRef } from '../graphql/types/Tenant.js';
import type { UserRef } from '../graphql/types/User.js';
import type { IdentityProvider } from '../domain/provider.js';
import type { HttpClientOptions } from '../http/http-client.js';
import type { CatalogCache } from '../shared/catalog-cache.js';
import type { RateLimit } from '../shared/store.js';
import type { SimServer } from '../sandbox/server.js';

/** Parsed environment variables (the union of every provider's `env` shape and the generic ones). */
export type Env = Record<string, unknown>;

/** What a provider's live configuration parser may report: problems are named after the variable. */
export interface EnvContext {
  problems: string[];
}

/** How a provider's adapter is reached: the live configuration, or what its simulator answered. */
export type AdapterConfig<Live> = { mode: 'live' | 'sandbox' } & Live;

/** What every adapter is given besides its configuration. */
export interface AdapterDeps {
  http: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
  /** The shared catalog cache, when the provider declares `catalogTtlMs` and the TTL is > 0. */
  catalogs: CatalogCache | undefined;
}

/** A started simulator: its server (knobs, counters), how to stop it, and the adapter's configuration. */
export interface SandboxHandle<Live, Instance = unknown> {
  /** The simulator object itself (the class in src/providers/<id>/sandbox.ts), for tests. */
  instance: Instance;
  server: SimServer;
  config: Live;
  stop(): Promise<void>;
}

/** What a provider's graphql() extension is given: the builder and the generic object refs. */
export interface GraphqlExtensionContext {
  builder: typeof builder;
  refs: { User: typeof UserRef; Invitation: typeof InvitationRef; Tenant: typeof TenantRef; Role: typeof RoleRef };
  loadPresent: typeof loadPresent;
  entityKey: typeof entityKey;
}

/** The smallest surface of a test app the test hooks need (GraphQL over HTTP). */
export interface HookApp {
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<{ status: number; data: T | null; errors?: unknown[] }>;
}

/** Fault-injection targets (test/helpers/fault-targets.ts): which simulator routes a scenario hits. */
export interface FaultHooks {
  /** The simulator's token endpoint route; null when the provider has none. */
  tokenRoute: string | null;
  /** Whether the provider has a non-idempotent write to test unknown outcomes with. */
  writes: boolean;
  scenario(app: HookApp): Promise<{
    /** Aliased `hit`: a nullable field whose resolution calls only `hitRoute` (after a token). */
    hit: string;
    hitRoute: string;
    /** Aliased `ok`: a field that calls `okRoute` and must stay intact while `hitRoute` is faulted. */
    ok: string;
    okRoute: string;
    mutation: { query: string; variables: Record<string, unknown>; route: string; field: string } | null;
  }>;
}

/** What the provider contract suite (test/contract/) needs to know beyond the GraphQL surface. */
export interface ContractHooks {
  /** The simulator route `users(provider:)` calls (faults are injected there). */
  usersRoute: string;
  /**
   * A 200 body on `usersRoute` that is off the wire schema, where the generic "mismatch" fault
   * (`{ unexpected: true }`) happens to be a valid answer (e.g. an empty list with every field optional).
   */
  driftBody?: unknown;
}

export interface ProviderDefinition<Id extends string = string, Live = any, Instance = unknown> {
  /** Lower-case id: the `provider` of every entity, the enum value's value, the env prefix upper-cased. */
  id: Id;
  /** Display name, as in error messages ("the other Apaleo credential"). */
  name: string;
  /** The `Provider` enum value's description. */
  description: string;
  /**
   * The provider's own environment variables (zod shape merged into the app's schema). The generic
   * ones (<ID>_ENABLED, _MODE, _SANDBOX_PORT, _RATE_LIMIT, _RATE_BURST, _CATALOG_TTL_MS) are added by config.ts.
   */
  env: z.ZodRawShape;
  /** The variables whose presence switches the provider live (named in errors). */
  credentials(env: Env): Record<string, string | undefined>;
  /** The live configuration, or null after pushing problems. Called only when the mode is live. */
  parseLive(env: Env, ctx: EnvContext): Live | null;
  /** The ids this provider accepts in a path or query (its API document); src/http/ids.ts's default when omitted. */
  idAlphabet?: RegExp;
  /** The upstream budget of a live provider (<ID>_RATE_LIMIT overrides it). */
  rateLimit: RateLimit;
  /** When set, <ID>_CATALOG_TTL_MS exists; this is its default for a live provider (0 on the simulator). */
  catalogTtlMs?: number;
  createAdapter(config: AdapterConfig<Live>, deps: AdapterDeps): IdentityProvider;
  /** Starts the simulator on a loopback port and answers what the adapter needs to reach it. */
  createSandbox(options: { latencyMs: number }): Promise<SandboxHandle<Live, Instance>>;
  /** Adds the provider's nested GraphQL objects (e.g. `User.<id>`). */
  graphql?(ctx: GraphqlExtensionContext): void;
  /**
   * What this provider adds to the descriptions of generic schema elements (src/graphql/notes.ts), by
   * schema coordinate (`UserFilter.email`, `Mutation.deleteUser`, `Tenant`): `true` lists the provider by
   * name after the generic text ("Exact email address (Apaleo)."), a string is the provider's own sentence.
   * So the docs GraphiQL shows stay right when a provider is added, without editing the generic types.
   */
  notes?: Readonly<Record<string, string | true>>;
  /** Hooks for the shared tests. */
  test: {
    faults: FaultHooks;
    contract: ContractHooks;
    /**
     * Starts the simulator standalone, playing the real provider with credentials that are not the
     * sandbox defaults, and answers the variables that point a live-mode idgraph at it
     * (test/helpers/live-app.ts).
     */
    liveUpstream(): Promise<{ instance: Instance; env: Record<string, string>; stop(): Promise<void> }>;
  };
}

export function defineProvider<const Id extends string, Live, Instance>(
  definition: ProviderDefinition<Id, Live, Instance>,
): ProviderDefinition<Id, Live, Instance> {
  return definition;
}

/** The Provider enum value of a provider id (APALEO for apaleo). */
export function enumValueOf(id: string): string {
  return id.toUpperCase();
}

/** zod helpers for environment variables, shared by config.ts and the providers' `env` shapes. */
export const envVar = {
  bool: z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes'),
  int: (min: number, max: number) => z.coerce.number().int().min(min).max(max),
  optionalText: z
    .string()
    .optional()
    .transform((v) => (v == null || v.trim() === '' ? undefined : v.trim())),
};

/** For test hooks: the seeded value a scenario read through GraphQL, or a clear failure naming it. */
export function seeded<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`test hook: the simulator answered no ${what}`);
  return value;
}

/**
 * A pair of variables that only make sense together (an id and its secret): both values, or null
 * after naming the missing one ("LOGTO_APP_SECRET: required when the other Logto credential is set").
 */
export function bothOf(env: Env, [first, second]: readonly [string, string], what: string, ctx: EnvContext): [string, string] | null {
  const a = env[first] as string | undefined;
  const b = env[second] as string | undefined;
  if (a && b) return [a, b];
  ctx.problems.push(`${a ? second : first}: required when the other ${what} is set`);
  return null;
}
