/**
 * Apaleo users are paged by pageNumber (1-based) and pageSize (max 100); `count` is the total, and a
 * page past the end is a 204 without a body. The window planning is the shared page-number paging of
 * src/domain/page-number.ts.
 */
import { fetchPageWindow, planPages as planNumberedPages, type PagePlan } from '../../domain/page-number.js';

export const APALEO_MAX_PAGE_SIZE = 100;

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max = APALEO_MAX_PAGE_SIZE): PagePlan {
  return planNumberedPages(start, end, max);
}

export interface UpstreamPage<T> {
  items: T[];
  count: number;
}

/** Fetches the items [start, end). `fetchPage` answers null for Apaleo's 204. */
export async function fetchWindow<T>(
  start: number,
  end: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<UpstreamPage<T> | null>,
  fetchCount: () => Promise<number>,
): Promise<{ items: T[]; total: number }> {
  return fetchPageWindow(
    start,
    end,
    APALEO_MAX_PAGE_SIZE,
    async (pageNumber, pageSize) => {
      const page = await fetchPage(pageNumber, pageSize);
      return page && { items: page.items, total: page.count };
    },
    fetchCount,
  );
}
