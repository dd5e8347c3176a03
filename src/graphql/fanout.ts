/**
 * Lists without `provider`: every configured provider's items in one connection, in the fixed order
 * of the Provider enum, under one composite cursor (the provider plus that provider's own cursor).
 * Paging is forwards only. A provider that cannot honour the filter is left out and reported as an
 * error naming it (extensions.provider, extensions.code) next to the data the other providers
 * answered.
 *
 * A provider that fails is not lost: the composite cursor keeps its position (a list of positions to
 * retry, `r`), so the next page asks it again, from where it failed, before going on. Its error says
 * `incomplete: true`, and `hasNextPage` is true while a retry is owed. Once it recovers, its items
 * arrive on a later page, after the items of the providers that followed it.
 */
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import { responsePathAsArray } from 'graphql';
import type { Context } from '../context.js';
import { IdgraphError, InputError, ProviderError, UnsupportedOperationError } from '../domain/errors.js';
import { configuredProviders, requireProvider, toConnection, type ConnectionResult } from './connection.js';
import { cursorEncoder, decodeCursor, lazyEdge, normalizePageArgs, tokenPageCursors, type CursorScope, type Page, type PageArgs } from '../domain/paging.js';
import type { IdentityProvider } from '../domain/provider.js';
import { isProviderId, PROVIDER_IDS, type ProviderId } from '../domain/types.js';

/** The provider id cross-provider cursors are scoped under (any fixed id would do; the registry's first). */
const CROSS_SCOPE: ProviderId = PROVIDER_IDS[0] as ProviderId;

/** Errors to report beside a field's data, without failing the field. */
export function reportPartialError(ctx: Context, info: GraphQLResolveInfo, error: unknown): void {
  const known = error instanceof IdgraphError ? error : null;
  ctx.partialErrors.push(
    new GraphQLError(known?.message ?? 'A provider failed', {
      nodes: info.fieldNodes,
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

/** A position in one provider's list: continue after its own cursor `c` (null: from its start). */
type Position = { pr: ProviderId; c: string | null };

function readPosition(value: unknown): Position | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const { pr, c } = value as Record<string, unknown>;
  if (typeof pr !== 'string' || !isProviderId(pr) || (c !== null && typeof c !== 'string')) return null;
  return { pr, c };
}

/**
 * A provider that failed mid-walk, as reported beside the page: its own code and facts, plus
 * `incomplete: true` (the page lacks its items; the next page, after endCursor, asks it again).
 */
class IncompletePageError extends IdgraphError {
  readonly code: IdgraphError['code'];
  constructor(
    readonly failure: IdgraphError,
    hint = 'the next page, after endCursor, asks it again',
  ) {
    super(`${failure.message} (this page lacks its items; ${hint})`);
    this.code = failure.code;
  }
  override extensions() {
    return { ...this.failure.extensions(), incomplete: true };
  }
}

function reportIncomplete(ctx: Context, info: GraphQLResolveInfo, error: unknown): void {
  reportPartialError(ctx, info, error instanceof IdgraphError ? new IncompletePageError(error) : error);
}

/**
 * Whether an error is the provider failing (an upstream status, a timeout, an open circuit, a rate
 * limit, a spent budget, a body off its schema) rather than the caller's own mistake: a filter the
 * provider refused (BAD_USER_INPUT) or an object it does not know (NOT_FOUND) still fails the field.
 */
function isProviderFailure(error: unknown): error is ProviderError {
  return error instanceof ProviderError && error.code !== 'BAD_USER_INPUT' && error.code !== 'NOT_FOUND';
}

/**
 * One provider's page for a non-null connection field (a list given `provider`, or a tenant's users
 * or invitations). When the provider fails, the field answers an empty page marked incomplete (an
 * error at its path with the provider's facts and `incomplete: true`; the same arguments ask again)
 * instead of failing: a failed non-null field would null its parent up to `data`, blanking what the
 * other fields of the document (other providers, other tenants) answered.
 */
export async function providerPage<T>(ctx: Context, info: GraphQLResolveInfo, args: PageArgs, fetch: () => Promise<Page<T>>): Promise<Page<T>> {
  try {
    return await fetch();
  } catch (error) {
    if (!isProviderFailure(error)) throw error;
    reportPartialError(ctx, info, new IncompletePageError(error, 'ask again with the same arguments'));
    const backward = args.last != null || args.before != null;
    return {
      edges: [],
      hasNextPage: backward ? args.before != null : true,
      hasPreviousPage: backward ? true : args.after != null,
      totalCount: null,
    };
  }
}

/** One provider's page within a cross-provider page, with what its edges' cursors need. */
interface PageOfStep<T> {
  step: Position & { retry: boolean };
  edges: Page<T>['edges'];
  failed: Position[];
  owed: Position[];
}

/** A provider cursor that is a page token plus an index (offset `c2.`, forward `c3.`): its token, or null. */
const PAGE_TOKEN_EDGE = /^(c[23]\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.)0$/;

/**
 * The cursors of one cross-provider page, signed once (issue 15): where a provider's own edge cursors
 * are its page token plus an index, the edges of that provider share one signed cross-provider token
 * (each provider page's token, position retries owed, and the main position) and an edge's cursor is
 * that token plus its index among them. A provider whose cursors are keyed on each item (an
 * invitation list answered whole) keeps a cursor signed per edge (`perEdge`). Built on the first
 * cursor read.
 */
function pageCursors<T>(scope: CursorScope, main: Position, pages: PageOfStep<T>[]) {
  let cursorOf: ((stepIndex: number, local: number) => string | null) | undefined;
  const build = () => {
    const base = new Map<number, number>();
    const entries: Record<string, unknown>[] = [];
    let total = 0;
    for (const [j, p] of pages.entries()) {
      const token = p.edges.length > 0 ? PAGE_TOKEN_EDGE.exec(p.edges[0]!.cursor)?.[1] : undefined;
      if (!token) continue;
      base.set(j, total);
      entries.push({ pr: p.step.pr, t: token, n: p.edges.length, f: p.failed, ...(p.step.retry ? { o: p.owed } : {}) });
      total += p.edges.length;
    }
    const signed = tokenPageCursors(scope, () => ({ m: main, s: entries }));
    return (stepIndex: number, local: number) => {
      const at = base.get(stepIndex);
      return at === undefined ? null : signed(at + local);
    };
  };
  return (stepIndex: number, local: number, perEdge: () => string): string => {
    cursorOf ??= build();
    return cursorOf(stepIndex, local) ?? perEdge();
  };
}

/**
 * A cross-provider cursor from a page token (pageCursors) as the position a per-edge cursor holds:
 * the provider and its own cursor, and the retries owed; any other cursor as it is.
 */
function fromPageToken(decoded: Record<string, unknown>): Record<string, unknown> {
  if (typeof decoded.i !== 'number') return decoded;
  const refuse = () => new InputError('after', 'is not a cursor issued for this list');
  const { m, s, i } = decoded as { m?: unknown; s?: unknown; i: number };
  if (!Array.isArray(s)) throw refuse();
  let first = 0;
  for (const entry of s as Record<string, unknown>[]) {
    const n = entry?.n;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || typeof entry.t !== 'string' || !Array.isArray(entry.f)) throw refuse();
    if (i < first + n) {
      const here = { pr: entry.pr, c: `${entry.t}${i - first}` };
      if (entry.o === undefined) return { ...here, r: entry.f };
      if (!Array.isArray(entry.o) || !m || typeof m !== 'object') throw refuse();
      const { pr, c } = m as Record<string, unknown>;
      return { pr, c, r: [...entry.f, here, ...entry.o] };
    }
    first += n;
  }
  throw refuse();
}

export async function fanoutPage<T>(ctx: Context, info: GraphQLResolveInfo, args: PageArgs, options: FanoutOptions<T>): Promise<FanoutResult<T>> {
  if (args.last != null || args.before != null) {
    throw new InputError(
      args.last != null ? 'last' : 'before',
      'lists across providers page forwards only; use first and after, or give `provider` to page one provider backwards',
    );
  }
  const page = normalizePageArgs(args, { provider: options.providers[0]?.id ?? CROSS_SCOPE, backward: false });
  const scope = { provider: CROSS_SCOPE, list: `all:${options.list}`, filter: options.filter, key: ctx.upstream.cursorKey };
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
  const byId = new Map(participants.map((p) => [p.id, p]));

  // The walk: first the positions owed a retry, then the main position, then the providers after it.
  let main: Position = { pr: participants[0]?.id ?? CROSS_SCOPE, c: null };
  let retries: Position[] = [];
  if (page.after != null) {
    const decoded = fromPageToken(decodeCursor('after', page.after, scope));
    const at = readPosition({ pr: decoded.pr, c: decoded.c });
    const owed = Array.isArray(decoded.r) ? decoded.r.map(readPosition) : decoded.r === undefined ? [] : [null];
    if (!at || !byId.has(at.pr) || owed.some((p) => p == null || !byId.has(p.pr))) throw new InputError('after', 'is not a cursor issued for this list');
    main = at;
    retries = owed as Position[];
  }
  const mainIndex = participants.findIndex((p) => p.id === main.pr);
  const walk: (Position & { retry: boolean })[] = [
    ...retries.map((p) => ({ ...p, retry: true })),
    { ...main, retry: false },
    ...participants.slice(mainIndex + 1).map((p) => ({ pr: p.id, c: null, retry: false })),
  ];

  const edges: Page<T>['edges'] = [];
  const failed: Position[] = [];
  const pages: PageOfStep<T>[] = [];
  const cursors = pageCursors(scope, main, pages);
  let hasNextPage = false;
  let index = 0;
  for (; index < walk.length && edges.length < page.size; index += 1) {
    const step = walk[index]!;
    let result: Page<T>;
    try {
      result = await options.fetch(byId.get(step.pr)!, { first: page.size - edges.length, after: step.c });
    } catch (error) {
      reportIncomplete(ctx, info, error);
      failed.push({ pr: step.pr, c: step.c });
      continue;
    }
    // Each edge's cursor is the whole walk from just after it: retries still owed, then the main position.
    const owedAfter = walk
      .slice(index + 1)
      .filter((w) => w.retry)
      .map(({ pr, c }) => ({ pr, c }));
    // Cursors are encoded only when read (lazyEdge); `failed` may grow later, so each edge keeps a copy.
    const failedSoFar = [...failed];
    const encode = cursorEncoder(scope);
    const stepIndex = pages.push({ step, edges: result.edges, failed: failedSoFar, owed: owedAfter }) - 1;
    for (const [local, edge] of result.edges.entries()) {
      edges.push(
        lazyEdge(edge.node, () =>
          cursors(stepIndex, local, () => {
            const here = { pr: step.pr, c: edge.cursor };
            const position = step.retry ? { ...main, r: [...failedSoFar, here, ...owedAfter] } : { ...here, r: failedSoFar };
            return encode(position.r.length > 0 ? position : { pr: position.pr, c: position.c });
          }),
        ),
      );
    }
    if (edges.length >= page.size) {
      hasNextPage = result.hasNextPage;
      break;
    }
  }
  if (failed.length > 0) hasNextPage = true;
  if (!hasNextPage) {
    // The page ended at a provider's end: is anything left further on? Ask the rest for one item each.
    const rest = walk.slice(index + 1);
    const probes = await Promise.all(
      rest.map(async (step) => {
        try {
          return (await options.fetch(byId.get(step.pr)!, { first: 1, after: step.c })).edges.length > 0;
        } catch (error) {
          // Unknown, so not "nothing left": the next page asks it again.
          reportIncomplete(ctx, info, error);
          return true;
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
  const totals = await Promise.all(
    participants.map((p) =>
      fetch(p, { first: 1 }).then(
        (page) => page.totalCount,
        () => null,
      ),
    ),
  );
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
 * A list field's resolver body: one provider when `provider` is given (its own paging; the caller's
 * mistakes fail the field, the provider's failure answers an empty page marked incomplete, see
 * providerPage), every configured provider otherwise (fan-out, errors reported beside the data).
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
    return toConnection(await providerPage(ctx, info, pageArgs, () => options.fetch(provider, pageArgs)));
  }
  const { page, providers } = await fanoutPage(ctx, info, pageArgs, { ...options, providers: configuredProviders(ctx) });
  return toConnection(page, () => fanoutTotal(providers, options.fetch));
}
