/**
 * Apaleo users are paged by pageNumber (1-based) and pageSize (max 100); `count` is the total, and a
 * page past the end is a 204. A Relay window [start, end) becomes one upstream page when a single
 * page size can cover it, otherwise pages of 100: the first is fetched alone (its count says how many
 * more exist), then the rest concurrently, so a window of any size costs about two round trips.
 */
export const APALEO_MAX_PAGE_SIZE = 100;

export interface PagePlan {
  pageSize: number;
  firstPage: number;
  lastPage: number;
}

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max = APALEO_MAX_PAGE_SIZE): PagePlan {
  const size = end - start;
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

export interface UpstreamPage<T> {
  items: T[];
  count: number;
}

/**
 * Fetches the items [start, end) with the plan above. `fetchPage` answers null for Apaleo's 204.
 */
export async function fetchWindow<T>(
  start: number,
  end: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<UpstreamPage<T> | null>,
  fetchCount: () => Promise<number>,
): Promise<{ items: T[]; total: number }> {
  const plan = planPages(start, end);
  const first = await fetchPage(plan.firstPage, plan.pageSize);
  if (!first) return { items: [], total: await fetchCount() };
  const lastPage = Math.min(plan.lastPage, Math.ceil(first.count / plan.pageSize));
  const rest = Array.from({ length: Math.max(0, lastPage - plan.firstPage) }, (_, i) => plan.firstPage + 1 + i);
  const more = await Promise.all(rest.map((n) => fetchPage(n, plan.pageSize)));
  const pages = [first, ...more];
  const offsetOfFirst = (plan.firstPage - 1) * plan.pageSize;
  const all = pages.flatMap((p) => p?.items ?? []);
  const total = Math.max(...pages.map((p) => p?.count ?? 0));
  return { items: all.slice(start - offsetOfFirst, end - offsetOfFirst), total };
}
