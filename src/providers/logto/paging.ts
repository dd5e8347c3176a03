/**
 * Logto pages its lists with `page` (1-based) and `page_size` (max 100) and reports the total in the
 * `Total-Number` header (its `Link` URLs lack the `/api` prefix, so idgraph builds its own). A Relay
 * window [start, end) becomes one upstream page when one page size covers it, otherwise pages of
 * 100: the first alone (its total says how many more exist), then the rest concurrently.
 */
import type { LogtoPage, PageParams } from './client.js';

export const LOGTO_MAX_PAGE_SIZE = 100;

export interface PagePlan {
  pageSize: number;
  firstPage: number;
  lastPage: number;
}

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max = LOGTO_MAX_PAGE_SIZE): PagePlan {
  const size = Math.max(1, end - start);
  if (size <= max) {
    for (let pageSize = size; pageSize <= max; pageSize += 1) {
      if (Math.floor(start / pageSize) === Math.floor((end - 1) / pageSize)) {
        const page = Math.floor(start / pageSize) + 1;
        return { pageSize, firstPage: page, lastPage: page };
      }
    }
  }
  return { pageSize: max, firstPage: Math.floor(start / max) + 1, lastPage: Math.floor((end - 1) / max) + 1 };
}

/** Items [start, end) of a paged Logto list, plus its Total-Number. */
export async function fetchWindow<T>(start: number, end: number, fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<{ items: T[]; total: number }> {
  const plan = planPages(start, end);
  const first = await fetchPage({ page: plan.firstPage, pageSize: plan.pageSize });
  const lastPage = Math.min(plan.lastPage, Math.max(plan.firstPage, Math.ceil(first.total / plan.pageSize)));
  const rest = Array.from({ length: lastPage - plan.firstPage }, (_, i) => plan.firstPage + 1 + i);
  const more = await Promise.all(rest.map((page) => fetchPage({ page, pageSize: plan.pageSize })));
  const all = [first, ...more].flatMap((p) => p.items);
  const offsetOfFirst = (plan.firstPage - 1) * plan.pageSize;
  return { items: all.slice(start - offsetOfFirst, end - offsetOfFirst), total: Math.max(first.total, ...more.map((p) => p.total)) };
}

/** Every item of a paged Logto list: one page of 100, then the rest concurrently. */
export function fetchAll<T>(fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<T[]> {
  return fetchWindow(0, Number.MAX_SAFE_INTEGER, fetchPage).then((w) => w.items);
}
