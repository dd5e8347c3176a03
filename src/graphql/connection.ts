/** Glue between domain pages/providers and the GraphQL resolvers. */
import { builder } from './builder.js';
import type { Context } from '../context.js';
import { InputError } from '../domain/errors.js';
import type { Page } from '../domain/paging.js';
import type { Capability, IdentityProvider } from '../domain/provider.js';
import { PROVIDER_IDS, type ProviderId } from '../domain/types.js';

export interface ConnectionResult<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  /** A number, or a function computing it only when a client asks for it. */
  totalCount: number | null | (() => Promise<number | null>);
}

/** A page's pageInfo; its cursors are read (and encoded: domain/paging.ts lazyEdge) only when selected. */
class LazyPageInfo<T> {
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
  constructor(private readonly page: Page<T>) {
    this.hasNextPage = page.hasNextPage;
    this.hasPreviousPage = page.hasPreviousPage;
  }
  get startCursor(): string | null {
    return this.page.edges[0]?.cursor ?? null;
  }
  get endCursor(): string | null {
    return this.page.edges.at(-1)?.cursor ?? null;
  }
}

export function toConnection<T>(page: Page<T>, totalCount?: () => Promise<number | null>): ConnectionResult<T> {
  return { edges: page.edges, pageInfo: new LazyPageInfo(page), totalCount: totalCount ?? page.totalCount };
}

/** The configured providers in the fixed order of the Provider enum. */
export function configuredProviders(ctx: Context): IdentityProvider[] {
  return PROVIDER_IDS.map((id) => ctx.providers[id]).filter((p): p is IdentityProvider => p != null);
}

/** The configured provider, or a BAD_USER_INPUT error naming `field`. */
export function requireProvider(ctx: Context, provider: ProviderId, field = 'provider'): IdentityProvider {
  const found = ctx.providers[provider];
  if (!found) throw new InputError(field, `${provider.toUpperCase()} is not configured on this server`, provider);
  return found;
}

export function hasCapability(provider: IdentityProvider, capability: Capability): boolean {
  return provider.capabilities.includes(capability);
}

/** Rejects every set filter field the provider does not honour, naming the field and the provider. */
export function checkFilter<F extends object>(provider: IdentityProvider, filter: F | null | undefined, supported: readonly (keyof F)[]): F {
  if (!filter) return {} as F;
  for (const [key, value] of Object.entries(filter)) {
    if (value == null) continue;
    if (!supported.includes(key as keyof F)) {
      throw new InputError(
        `filter.${key}`,
        `is not supported by ${provider.id.toUpperCase()}; it supports ${supported.join(', ') || 'no filters'}`,
        provider.id,
      );
    }
  }
  return filter;
}

type ConnectionNodeRef = Parameters<typeof builder.connectionObject>[0]['type'];

/** A `${name}Connection` with `totalCount` and its `${name}Edge`, shared by every field listing `noun`. */
export function connectionType<Ref extends ConnectionNodeRef>(type: Ref, name: string, noun: string) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      description: `A page of ${noun}, following the Relay Cursor Connections Specification.`,
      fields: (c) => ({
        totalCount: c.int({
          nullable: true,
          description: `How many ${noun} match in all, when the provider reports it; null otherwise (never a guess).`,
          resolve: async (p) => {
            const total = (p as Partial<ConnectionResult<unknown>>).totalCount;
            return (typeof total === 'function' ? await total() : total) ?? null;
          },
        }),
      }),
    },
    { name: `${name}Edge`, description: `One of the ${noun} and its cursor.` },
  );
}

/** Loads many keys; the first failure fails the field (never silently dropped), missing objects are left out. */
export async function loadPresent<T>(loader: { loadMany(keys: readonly string[]): Promise<(T | null | Error)[]> }, keys: readonly string[]): Promise<T[]> {
  const results = await loader.loadMany(keys);
  const failure = results.find((r): r is Error => r instanceof Error);
  if (failure) throw failure;
  return results.filter((r): r is Exclude<T, null> & T => r != null && !(r instanceof Error));
}

/**
 * Hands a failed lookup to graphql-js as a value: an Error returned for one item of a list becomes that
 * item's error (null plus an entry in `errors`), where a rejection would fail the whole `nodes` list.
 * Pothos types node loaders as answering objects only, hence the cast.
 */
export function asError<T>(error: unknown): T {
  const failure: unknown = error instanceof Error ? error : new Error(String(error));
  return failure as T;
}
