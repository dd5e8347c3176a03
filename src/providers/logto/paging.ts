/**
 * Logto pages its lists with `page` (1-based) and `page_size` (max 100) and reports the total in the
 * `Total-Number` header (its `Link` URLs lack the `/api` prefix, so idgraph builds its own). The
 * window planning is the shared page-number paging of src/domain/page-number.ts.
 */
import { fetchPageWindow, planPages as planNumberedPages, type PagePlan } from '../../domain/page-number.js';
import type { LogtoPage, PageParams } from './client.js';

export const LOGTO_MAX_PAGE_SIZE = 100;

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max = LOGTO_MAX_PAGE_SIZE): PagePlan {
  return planNumberedPages(start, end, max);
}

/** Items [start, end) of a paged Logto list, plus its Total-Number. */
export function fetchWindow<T>(start: number, end: number, fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<{ items: T[]; total: number }> {
  return fetchPageWindow(start, end, LOGTO_MAX_PAGE_SIZE, (page, pageSize) => fetchPage({ page, pageSize }), async () => 0);
}

/** Every item of a paged Logto list: one page of 100, then the rest concurrently. */
export function fetchAll<T>(fetchPage: (page: PageParams) => Promise<LogtoPage<T>>): Promise<T[]> {
  return fetchWindow(0, Number.MAX_SAFE_INTEGER, fetchPage).then((w) => w.items);
}
