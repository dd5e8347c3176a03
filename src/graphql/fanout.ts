/**
 * Lists without `provider`: every configured provider's items in one connection, in the fixed order
 * of the Provider enum, under one composite cursor (the provider plus that provider's own cursor).
 * Paging is forwards only. A provider that fails, or cannot honour the filter, is skipped and
 * reported as an error naming it (extensions.provider, extensions.code) next to the data the other
 * providers answered; pageInfo only claims what the providers said.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import type { Context } from '../context.js';
import { IdgraphError, InputError, UnsupportedOperationError } from '../domain/errors.js';
import { configuredProviders, requireProvider, toConnection, type ConnectionResult } from './connection.js';
import { decodeCursor, encodeCursor, normalizePageArgs, type Page, type PageArgs } from '../domain/paging.js';
import type { IdentityProvider } from '../domain/provider.js';
import { isProviderId, type ProviderId } from '../domain/types.js';

/** Errors to report beside a field's data, without failing the field. */
export function reportPartialError(ctx: Context, info: GraphQLResolveInfo, error: unknown): void {
  const known = error instanceof IdgraphError ? error : null;
  ctx.partialErrors.push(
    new GraphQLError(known?.message ?? 'A provider failed', {
      path: responsePathAsArray(info.path),
      originalError: error instanceof Error ? error : undefined,
      extensions: known ? { code: known.code, ...known.extensions() } : { code: 'INTERNAL_SERVER_ERROR' },
    }),
  );
}

export interface FanoutOptions<T> {
  list: string;
  /** The filter the cursors are issued under. */
  filter?: unknown;
  providers: IdentityProvider[];
  /** One provider's page; throwing skips that provider with an error. */
  fetch(provider: IdentityProvider, args: PageArgs): Promise<Page<T>>;
  /** Whether the provider takes part at all (e.g. it lists invitations); others are left out silently. */
  offers?(provider: IdentityProvider): boolean;
  /** Throws an InputError when the provider cannot honour the filter; it is then reported and skipped. */
  check?(provider: IdentityProvider): void;
}

export interface FanoutResult<T> {
  page: Page<T>;
  /** Providers taking part (for a lazy totalCount). */
  providers: IdentityProvider[];
}

export async function fanoutPage<T>(ctx: Context, info: GraphQLResolveInfo, args: PageArgs, options: FanoutOptions<T>): Promise<FanoutResult<T>> {
  const page = normalizePageArgs(args, { provider: options.providers[0]?.id ?? 'apaleo', backward: false });
  const scope = { provider: 'apaleo' as ProviderId, list: `all:${options.list}`, filter: options.filter };
  const participants: IdentityProvider[] = [];
  for (const provider of options.providers) {
    if (options.offers && !options.offers(provider)) continue;
    try {
      options.check?.(provider);
      participants.push(provider);
    } catch (error) {
      reportPartialError(ctx, info, error);
    }
  }

  let startIndex = 0;
  let innerAfter: string | null = null;
  if (page.after != null) {
    const decoded = decodeCursor('after', page.after, scope);
    const at = participants.findIndex((p) => p.id === decoded.pr);
    if (typeof decoded.pr !== 'string' || !isProviderId(decoded.pr) || at < 0 || (decoded.c !== null && typeof decoded.c !== 'string')) {
      throw new InputError('after', 'is not a cursor issued for this list');
    }
    startIndex = at;
    innerAfter = decoded.c as string | null;
  }
  if (page.before != null) throw new InputError('before', 'lists across providers page forwards only; give `provider` to page backwards');

  const edges: Page<T>['edges'] = [];
  let hasNextPage = false;
  let index = startIndex;
  for (; index < participants.length && edges.length < page.size; index += 1) {
    const provider = participants[index]!;
    const after = index === startIndex ? innerAfter : null;
    let result: Page<T>;
    try {
      result = await options.fetch(provider, { first: page.size - edges.length, after });
    } catch (error) {
      reportPartialError(ctx, info, error);
      continue;
    }
    for (const edge of result.edges) edges.push({ node: edge.node, cursor: encodeCursor(scope, { pr: provider.id, c: edge.cursor }) });
    if (edges.length >= page.size) {
      hasNextPage = result.hasNextPage;
      break;
    }
  }
  if (!hasNextPage) {
    // The page ended at a provider's end: is anything left further on? Ask the rest for one item each.
    const rest = participants.slice(index + 1);
    const probes = await Promise.all(
      rest.map(async (provider) => {
        try {
          return (await options.fetch(provider, { first: 1 })).edges.length > 0;
        } catch (error) {
          reportPartialError(ctx, info, error);
          return false;
        }
      }),
    );
    hasNextPage = probes.some(Boolean);
  }
  return {
    page: { edges, hasNextPage, hasPreviousPage: page.after != null, totalCount: null },
    providers: participants,
  };
}

/** The sum of every participant's total, or null as soon as one provider reports none or fails. */
export async function fanoutTotal<T>(participants: IdentityProvider[], fetch: FanoutOptions<T>['fetch']): Promise<number | null> {
  const totals = await Promise.all(participants.map((p) => fetch(p, { first: 1 }).then((page) => page.totalCount, () => null)));
  return totals.every((t): t is number => t != null) ? totals.reduce((a, b) => a + b, 0) : null;
}

/** A yoga/envelop plugin that appends the context's partial errors to the execution result. */
export function partialErrorsPlugin() {
  return {
    onExecute({ args }: { args: { contextValue: unknown } }) {
      return {
        onExecuteDone({ result, setResult }: { result: unknown; setResult: (r: unknown) => void }) {
          const ctx = args.contextValue as Partial<Context>;
          const extra = ctx.partialErrors ?? [];
          if (extra.length === 0 || !result || typeof result !== 'object' || Symbol.asyncIterator in result) return;
          const r = result as { errors?: readonly GraphQLError[] };
          setResult({ ...r, errors: [...(r.errors ?? []), ...extra] });
        },
      };
    },
  };
}

/**
 * A list field's resolver body: one provider when `provider` is given (its own paging, errors fail the
 * field), every configured provider otherwise (fan-out, errors reported beside the data).
 */
export async function listConnection<T>(
  ctx: Context,
  info: GraphQLResolveInfo,
  args: PageArgs & { provider?: ProviderId | null },
  options: Omit<FanoutOptions<T>, 'providers'> & { operation: string },
): Promise<ConnectionResult<T>> {
  const pageArgs: PageArgs = { first: args.first, after: args.after, last: args.last, before: args.before };
  if (args.provider) {
    const provider = requireProvider(ctx, args.provider);
    if (options.offers && !options.offers(provider)) throw new UnsupportedOperationError(provider.id, options.operation);
    options.check?.(provider);
    return toConnection(await options.fetch(provider, pageArgs));
  }
  const { page, providers } = await fanoutPage(ctx, info, pageArgs, { ...options, providers: configuredProviders(ctx) });
  return toConnection(page, () => fanoutTotal(providers, options.fetch));
}
