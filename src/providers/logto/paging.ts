/**
 * Logto pages its lists with `page` (1-based) and `page_size` (max 100) and reports the total in the
 * `Total-Number` header (its `Link` URLs lack the `/api` prefix, so idgraph builds its own). The
 * window planning is the shared page-number paging of src/domain/page-number.ts.
 */
import { InputError } from '../../domain/errors.js';
import { fetchPageWindow, planPages as planNumberedPages, type PagePlan } from '../../domain/page-number.js';
import {
  cursorEncoder,
  decodeCursor,
  lazyEdgeAt,
  normalizePageArgs,
  type CursorScope,
  type Page,
  type PageArgOptions,
  type PageArgs,
} from '../../domain/paging.js';
import type { LogtoPage, PageParams } from './client.js';

export const LOGTO_MAX_PAGE_SIZE = 100;

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max = LOGTO_MAX_PAGE_SIZE): PagePlan {
  return planNumberedPages(start, end, max);
}

/** Items [start, end) of a paged Logto list, plus its Total-Number. */
export function fetchWindow<T>(start: number, end: number, fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<{ items: T[]; total: number }> {
  return fetchPageWindow(
    start,
    end,
    LOGTO_MAX_PAGE_SIZE,
    (page, pageSize) => fetchPage({ page, pageSize }),
    async () => 0,
  );
}

/** Every item of a paged Logto list: one page of 100, then the rest concurrently. */
export function fetchAll<T>(fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<T[]> {
  return fetchWindow(0, Number.MAX_SAFE_INTEGER, fetchPage).then((w) => w.items);
}

/**
 * Paging over a list idgraph holds whole (Logto's unpaged invitation list), with cursors keyed on the
 * item, not on its offset: the list is sorted by (createdAt desc, id asc) and a cursor carries that sort
 * key, so an invitation created or deleted between two calls neither repeats nor skips an item.
 */
export async function keyedArrayPage<T extends { id: string; createdAt: Date | null }>(
  args: PageArgs,
  scope: CursorScope,
  load: () => Promise<T[]>,
  options: PageArgOptions,
): Promise<Page<T>> {
  const page = normalizePageArgs(args, options);
  const keyOf = (item: T): Key => ({ t: item.createdAt?.getTime() ?? 0, i: item.id });
  const decode = (argument: string, cursor: string | null): Key | null => {
    if (cursor == null) return null;
    const { t, i } = decodeCursor(argument, cursor, scope);
    if (typeof t !== 'number' || typeof i !== 'string') throw new InputError(argument, 'is not a cursor issued by this API', scope.provider);
    return { t, i };
  };
  const after = decode('after', page.after);
  const before = decode('before', page.before);
  const list = [...(await load())].sort((a, b) => compareKeys(keyOf(a), keyOf(b)));
  // Items strictly between the cursors, in list order.
  const lowest = after == null ? 0 : list.findIndex((item) => compareKeys(keyOf(item), after) > 0);
  const start0 = lowest < 0 ? list.length : lowest;
  const upper = before == null ? list.length : list.findIndex((item) => compareKeys(keyOf(item), before) >= 0);
  const end0 = upper < 0 ? list.length : Math.max(start0, upper);
  const [start, end] = page.direction === 'forward' ? [start0, Math.min(end0, start0 + page.size)] : [Math.max(start0, end0 - page.size), end0];
  const encode = cursorEncoder(scope);
  const cursorOf = (node: T) => encode(keyOf(node));
  const edges = list.slice(start, end).map((node) => lazyEdgeAt(node, cursorOf, node));
  return { edges, hasPreviousPage: start > 0, hasNextPage: end < list.length, totalCount: list.length };
}

type Key = { t: number; i: string };

/** Newest first, then by id. */
function compareKeys(a: Key, b: Key): number {
  if (a.t !== b.t) return b.t - a.t;
  return a.i < b.i ? -1 : a.i > b.i ? 1 : 0;
}
