import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { InputError } from './errors.js';
import type { ProviderId } from './types.js';

/** Relay connection arguments as the caller sent them. */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of a connection, provider-neutral. `totalCount` is null when the provider reports none. */
export interface Page<T> {
  edges: Edge<T>[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: number | null;
}

export const DEFAULT_PAGE_SIZE = 20;
/** The largest `first`/`last` a caller may ask for; bigger pages are served by several upstream calls. */
export const MAX_PAGE_SIZE = 500;

/** What a cursor belongs to: a provider, a list, and the filter it was issued under. */
export interface CursorScope {
  provider: ProviderId;
  list: string;
  filter?: unknown;
  /** The app's signing key (UpstreamCallContext.cursorKey); this process's random key when undefined (unit tests). */
  key?: Buffer | undefined;
}

function fingerprint(value: unknown): string {
  return createHash('sha256')
    .update(stableJson(value ?? null))
    .digest('base64url')
    .slice(0, 10);
}

export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const CURSOR_PREFIX = 'c1.';

/**
 * Cursors carry an HMAC so a tampered one is rejected, not followed. The key belongs to the app, not
 * the module: createApp derives it from CURSOR_SECRET (set it when several instances serve the same
 * clients) or draws a random one, each request's upstream call context carries it, and every cursor
 * scope built in a request names it (CursorScope.key), so two apps in one process never share or
 * overwrite each other's key. Without one (unit tests), a random key of this process signs.
 */
const processKey: Buffer = randomBytes(32);

/** The signing key of an app: from its cursor secret, or random (cursors then die with the app). */
export function cursorKeyOf(secret: string | null | undefined): Buffer {
  return secret ? createHash('sha256').update(secret).digest() : randomBytes(32);
}

function sign(body: string, key: Buffer | undefined): string {
  return createHmac('sha256', key ?? processKey)
    .update(body)
    .digest('base64url')
    .slice(0, 16);
}

export function encodeCursor(scope: CursorScope, position: Record<string, unknown>): string {
  return cursorEncoder(scope)(position);
}

/**
 * The cursors of one page: the scope's filter fingerprint is hashed once for the page (on the first
 * cursor asked for), not once per edge.
 */
export function cursorEncoder(scope: CursorScope): (position: Record<string, unknown>) => string {
  let q: string | undefined;
  return (position) => {
    q ??= fingerprint(scope.filter);
    const payload = { p: scope.provider, l: scope.list, q, ...position };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${CURSOR_PREFIX}${body}.${sign(body, scope.key)}`;
  };
}

const PAGE_PREFIX = 'c2.';
const EDGE_INDEX = /^(0|[1-9][0-9]{0,8})$/;

/**
 * The cursors of one offset page, signed once for the page: the page token (provider, list, filter
 * fingerprint, first offset `o`, edge count `n`) carries the HMAC, and edge i's cursor is that token
 * plus `i`. Decoding checks the MAC over the token and 0 ≤ i < n, so a tampered edge cursor is either
 * rejected or exactly another cursor this page issued. The token is built on the first cursor read.
 */
export function offsetPageCursors(scope: CursorScope, start: number, count: number): (index: number) => string {
  let prefix: string | undefined;
  return (index) => {
    if (prefix === undefined) {
      const body = Buffer.from(JSON.stringify({ p: scope.provider, l: scope.list, q: fingerprint(scope.filter), o: start, n: count })).toString('base64url');
      prefix = `${PAGE_PREFIX}${body}.${sign(body, scope.key)}.`;
    }
    return prefix + index;
  };
}

const FORWARD_PREFIX = 'c3.';

/** One upstream page a forward page took items from: its cursor, items skipped, items it had, items taken. */
export interface ForwardSegment {
  c: string | null;
  s: number;
  len: number;
  m: number;
}

/** Where forward-page edge `i` resumes: the upstream cursor and how many of its items to skip. */
function forwardPosition(
  token: { c: (string | null)[]; s: number; n: number[]; m: number[]; x: string | null },
  i: number,
): { c: string | null; k: number } | null {
  let first = 0;
  for (let j = 0; j < token.m.length; j += 1) {
    const taken = token.m[j]!;
    if (i < first + taken) {
      const consumed = (j === 0 ? token.s : 0) + (i - first) + 1;
      const next = j + 1 < token.c.length ? token.c[j + 1]! : token.x;
      // The last item of an upstream page resumes at the next page, not past the end of this one.
      return consumed === token.n[j] && next != null ? { c: next, k: 0 } : { c: token.c[j]!, k: consumed };
    }
    first += taken;
  }
  return null;
}

/**
 * The cursors of one forward-only page, signed once for the page, as offset pages are: the token
 * holds the upstream cursors the page read (each page's cursor is the one before's `next`, so each
 * is written once), the items skipped in the first, each upstream page's length and how many items
 * the page took from it; edge i's cursor is the token plus `i`, and decoding derives its upstream
 * cursor and skip exactly as a per-edge cursor held them.
 */
export function forwardPageCursors(scope: CursorScope, segments: readonly ForwardSegment[], next: string | null): (index: number) => string {
  let prefix: string | undefined;
  return (index) => {
    if (prefix === undefined) {
      const token = {
        p: scope.provider,
        l: scope.list,
        q: fingerprint(scope.filter),
        c: segments.map((g) => g.c),
        s: segments[0]?.s ?? 0,
        n: segments.map((g) => g.len),
        m: segments.map((g) => g.m),
        x: next,
      };
      const body = Buffer.from(JSON.stringify(token)).toString('base64url');
      prefix = `${FORWARD_PREFIX}${body}.${sign(body, scope.key)}.`;
    }
    return prefix + index;
  };
}

const TOKEN_PREFIX = 'c4.';

/**
 * Cursors of a page whose edges are described by one signed token of the caller's own making (the
 * cross-provider lists: src/graphql/fanout.ts): the token is signed once, on the first cursor read,
 * and edge i's cursor is the token plus `i`. decodeCursor answers the token's fields plus `i`; the
 * caller checks `i` against its token.
 */
export function tokenPageCursors(scope: CursorScope, token: () => Record<string, unknown>): (index: number) => string {
  let prefix: string | undefined;
  return (index) => {
    if (prefix === undefined) {
      const body = Buffer.from(JSON.stringify({ p: scope.provider, l: scope.list, q: fingerprint(scope.filter), ...token() })).toString('base64url');
      prefix = `${TOKEN_PREFIX}${body}.${sign(body, scope.key)}.`;
    }
    return prefix + index;
  };
}

/** A forward page token's fields, checked; null when any is malformed. */
function readForwardToken(value: unknown): { c: (string | null)[]; s: number; n: number[]; m: number[]; x: string | null } | null {
  if (!value || typeof value !== 'object') return null;
  const { c, s, n, m, x } = value as Record<string, unknown>;
  const count = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  if (!Array.isArray(c) || !Array.isArray(n) || !Array.isArray(m) || c.length === 0 || n.length !== c.length || m.length !== c.length) return null;
  if (!c.every((v) => v === null || typeof v === 'string') || !n.every(count) || !m.every(count) || !count(s)) return null;
  if (x !== null && typeof x !== 'string') return null;
  return { c: c as (string | null)[], s: s as number, n: n as number[], m: m as number[], x };
}

/**
 * An edge whose cursor is encoded (and signed) only when something reads it: a client selecting
 * `cursor`, `pageInfo.startCursor`/`endCursor`, or a fan-out building its own cursor from it. Most
 * queries read none or one per page, so a page of 250 edges costs one signature, not 250.
 * A class, not an object literal with a getter: each such literal carries its own accessor, which
 * cost ~0.8 µs per edge to make (200 µs for a page of 250, measured in isolation); the class's getter
 * is one, on its prototype. `encode(arg)` makes the cursor; `arg` is the edge's index, its node, or a thunk.
 */
class LazyEdge<T, A> implements Edge<T> {
  private encoded: string | undefined = undefined;
  constructor(
    readonly node: T,
    private readonly encode: (arg: A) => string,
    private readonly arg: A,
  ) {}
  get cursor(): string {
    return (this.encoded ??= this.encode(this.arg));
  }
}

const callThunk = (thunk: () => string): string => thunk();

/** An edge whose cursor is `cursor()`, called when first read. */
export function lazyEdge<T>(node: T, cursor: () => string): Edge<T> {
  return new LazyEdge(node, callThunk, cursor);
}

/** An edge whose cursor is `cursorAt(index)`, called when first read (no closure per edge). */
export function lazyEdgeAt<T, A>(node: T, cursorAt: (arg: A) => string, arg: A): Edge<T> {
  return new LazyEdge(node, cursorAt, arg);
}

/** Decodes a cursor issued for `scope`; a malformed, tampered or foreign cursor names the argument. */
export function decodeCursor(argument: string, cursor: string, scope: CursorScope): Record<string, unknown> {
  let payload: unknown;
  try {
    const forward = cursor.startsWith(FORWARD_PREFIX);
    const tokenPage = cursor.startsWith(TOKEN_PREFIX);
    const page = forward || tokenPage || cursor.startsWith(PAGE_PREFIX);
    if (!page && !cursor.startsWith(CURSOR_PREFIX)) throw new Error('prefix');
    const parts = cursor.slice(CURSOR_PREFIX.length).split('.');
    if (parts.length !== (page ? 3 : 2)) throw new Error('shape');
    const [body = '', signature = '', index = ''] = parts;
    const expected = Buffer.from(sign(body, scope.key));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Error('signature');
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    if (tokenPage) {
      // An edge of a page whose token the caller made (tokenPageCursors): the token and the index.
      if (!EDGE_INDEX.test(index) || !payload || typeof payload !== 'object' || Array.isArray(payload)) throw new Error('edge');
      payload = { ...(payload as Record<string, unknown>), i: Number(index) };
    } else if (forward) {
      // An edge of a forward page signed once (forwardPageCursors): its upstream cursor and skip.
      const token = readForwardToken(payload);
      if (!EDGE_INDEX.test(index) || !token) throw new Error('edge');
      const position = forwardPosition(token, Number(index));
      if (!position) throw new Error('edge');
      const { p, l, q } = payload as Record<string, unknown>;
      payload = { p, l, q, ...position };
    } else if (page) {
      // An edge of a page signed once (offsetPageCursors): its offset is the page's first plus i < n.
      const token = payload as { o?: unknown; n?: unknown } | null;
      if (!EDGE_INDEX.test(index) || !token || typeof token.o !== 'number' || typeof token.n !== 'number') throw new Error('edge');
      const i = Number(index);
      if (i >= token.n) throw new Error('edge');
      const { n: _n, ...rest } = token as Record<string, unknown>;
      payload = { ...rest, o: token.o + i };
    }
  } catch {
    throw new InputError(argument, 'is not a cursor issued by this API', scope.provider);
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new InputError(argument, 'is not a cursor issued by this API', scope.provider);
  }
  const record = payload as Record<string, unknown>;
  if (record.p !== scope.provider || record.l !== scope.list || record.q !== fingerprint(scope.filter)) {
    throw new InputError(argument, `belongs to a different list, provider or filter than this ${scope.list} query`, scope.provider);
  }
  return record;
}

export interface PageArgOptions {
  provider: ProviderId;
  /** False where the provider only pages forwards. */
  backward: boolean;
  max?: number;
}

export type NormalizedPageArgs =
  | { direction: 'forward'; size: number; after: string | null; before: string | null }
  | { direction: 'backward'; size: number; after: string | null; before: string | null };

/** Checks `first`/`last` bounds and the direction the provider can page in. */
export function normalizePageArgs(args: PageArgs, options: PageArgOptions): NormalizedPageArgs {
  const max = options.max ?? MAX_PAGE_SIZE;
  const { first, last } = args;
  const after = args.after ?? null;
  const before = args.before ?? null;
  if (first != null && last != null) throw new InputError('last', 'cannot be combined with first; page in one direction at a time');
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const) {
    if (value != null && (!Number.isInteger(value) || value < 1 || value > max)) {
      throw new InputError(name, `must be between 1 and ${max} (got ${value})`);
    }
  }
  if (!options.backward && (last != null || before != null)) {
    throw new InputError(last != null ? 'last' : 'before', `${options.provider.toUpperCase()} paging is forward-only; use first and after`, options.provider);
  }
  if (last != null) return { direction: 'backward', size: last, after, before };
  return { direction: 'forward', size: first ?? DEFAULT_PAGE_SIZE, after, before };
}

export interface OffsetSource<T> {
  /** Items [start, end) of the list plus the list's total length. */
  fetchRange(start: number, end: number): Promise<{ items: T[]; total: number }>;
  /** The list's total length; only needed for `last` without `before`. */
  fetchTotal(): Promise<number>;
}

/**
 * Offset paging for lists whose provider reports a total (or that idgraph holds whole): supports
 * first/after and last/before, cursors carry the offset.
 */
export async function offsetPage<T>(args: PageArgs, scope: CursorScope, source: OffsetSource<T>, options: PageArgOptions): Promise<Page<T>> {
  const page = normalizePageArgs(args, options);
  const offsetOf = (argument: string, cursor: string | null): number | null => {
    if (cursor == null) return null;
    const o = decodeCursor(argument, cursor, scope).o;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) throw new InputError(argument, 'is not a cursor issued by this API', scope.provider);
    return o;
  };
  const afterOffset = offsetOf('after', page.after);
  const beforeOffset = offsetOf('before', page.before);
  const lowest = afterOffset == null ? 0 : afterOffset + 1;

  let start: number;
  let end: number;
  if (page.direction === 'forward') {
    start = lowest;
    end = start + page.size;
    if (beforeOffset != null) end = Math.min(end, beforeOffset);
  } else {
    const upper = beforeOffset ?? (await source.fetchTotal());
    end = upper;
    start = Math.max(lowest, end - page.size);
  }
  if (end <= start) {
    const total = await source.fetchTotal();
    return { edges: [], hasNextPage: start < total, hasPreviousPage: start > 0, totalCount: total };
  }
  const { items, total } = await source.fetchRange(start, end);
  const cursorAt = offsetPageCursors(scope, start, items.length);
  const edges = items.map((node, i) => lazyEdgeAt(node, cursorAt, i));
  return {
    edges,
    hasPreviousPage: start > 0 && total > 0,
    hasNextPage: start + items.length < total,
    totalCount: total,
  };
}

export interface ForwardSource<T> {
  /** The provider's largest page. */
  upstreamMax: number;
  /** One upstream page: at most `limit` items starting at the provider's `cursor` (null = the start). */
  fetch(cursor: string | null, limit: number): Promise<{ items: T[]; next: string | null; totalCount?: number | null }>;
}

/**
 * Forward-only paging over a provider's opaque continuation cursors. An edge cursor holds the
 * upstream cursor of its page plus how many items of that page to skip, so every edge is resumable;
 * upstream page sizes are chosen so the end cursor falls on an upstream boundary.
 */
export async function forwardPage<T>(args: PageArgs, scope: CursorScope, source: ForwardSource<T>, options: PageArgOptions): Promise<Page<T>> {
  const page = normalizePageArgs(args, { ...options, backward: false });
  let upstream: string | null = null;
  let skip = 0;
  if (page.after != null) {
    const decoded = decodeCursor('after', page.after, scope);
    const c = decoded.c;
    const k = decoded.k;
    if ((c !== null && typeof c !== 'string') || typeof k !== 'number' || !Number.isInteger(k) || k < 0) {
      throw new InputError('after', 'is not a cursor issued by this API', scope.provider);
    }
    upstream = c;
    skip = k;
  }
  const nodes: T[] = [];
  // The upstream pages read, for the page's cursors (signed once: forwardPageCursors).
  const segments: ForwardSegment[] = [];
  let last: string | null = null;
  let totalCount: number | null = null;
  let hasNextPage = false;
  for (;;) {
    const wanted = page.size - nodes.length;
    const limit = Math.min(source.upstreamMax, skip + wanted);
    const result = await source.fetch(upstream, limit);
    if (result.totalCount != null) totalCount = result.totalCount;
    const usable = result.items.slice(skip);
    const taken = usable.slice(0, wanted);
    segments.push({ c: upstream, s: skip, len: result.items.length, m: taken.length });
    last = result.next;
    for (const node of taken) nodes.push(node);
    const leftInPage = usable.length > taken.length;
    if (nodes.length >= page.size || result.next == null || result.items.length === 0) {
      hasNextPage = leftInPage || result.next != null;
      break;
    }
    upstream = result.next;
    skip = 0;
  }
  const cursors = forwardPageCursors(scope, segments, last);
  const edges = nodes.map((node, i) => lazyEdgeAt(node, cursors, i));
  return { edges, hasNextPage, hasPreviousPage: page.after != null, totalCount };
}

/**
 * Offset paging over a list the provider answers whole (not paged upstream). `load` runs at most
 * once per call, whichever of range or total is needed first.
 */
export function arrayPage<T>(args: PageArgs, scope: CursorScope, load: () => Promise<T[]>, options: PageArgOptions): Promise<Page<T>> {
  let cached: Promise<T[]> | null = null;
  const list = () => (cached ??= load());
  return offsetPage(
    args,
    scope,
    {
      fetchRange: async (start, end) => {
        const items = await list();
        return { items: items.slice(start, end), total: items.length };
      },
      fetchTotal: async () => (await list()).length,
    },
    options,
  );
}
