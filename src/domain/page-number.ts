/**
 * Page-number paging (pageNumber/page 1-based, a page size with a maximum, a reported total), shared
 * by Apaleo and Logto. A Relay window [start, end) becomes one upstream page when one page size can
 * cover it, otherwise pages of the maximum size: the first is fetched alone (its total says how many
 * more exist), then the rest concurrently, so a window of any size costs about two round trips.
 */
export interface PagePlan {
  pageSize: number;
  firstPage: number;
  lastPage: number;
}

/** The upstream pages that cover items [start, end). */
export function planPages(start: number, end: number, max: number): PagePlan {
  const size = Math.max(1, end - start);
  if (size <= max) {
    for (let pageSize = size; pageSize <= max; pageSize += 1) {
      if (Math.floor(start / pageSize) === Math.floor((start + size - 1) / pageSize)) {
        const page = Math.floor(start / pageSize) + 1;
        return { pageSize, firstPage: page, lastPage: page };
      }
    }
  }
  return { pageSize: max, firstPage: Math.floor(start / max) + 1, lastPage: Math.floor((end - 1) / max) + 1 };
}

export interface NumberedPage<T> {
  items: T[];
  total: number;
}

/**
 * Items [start, end) and the list's total. `fetchPage` answers null for a page past the end (where the
 * provider says so without a total, as Apaleo's 204 does); `fetchTotal` is then asked for the total.
 */
export async function fetchPageWindow<T>(
  start: number,
  end: number,
  max: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<NumberedPage<T> | null>,
  fetchTotal: () => Promise<number>,
): Promise<NumberedPage<T>> {
  const plan = planPages(start, end, max);
  const first = await fetchPage(plan.firstPage, plan.pageSize);
  if (!first) return { items: [], total: await fetchTotal() };
  const lastPage = Math.min(plan.lastPage, Math.ceil(first.total / plan.pageSize));
  const rest = Array.from({ length: Math.max(0, lastPage - plan.firstPage) }, (_, i) => plan.firstPage + 1 + i);
  const more = await Promise.all(rest.map((n) => fetchPage(n, plan.pageSize)));
  const pages = [first, ...more];
  const offsetOfFirst = (plan.firstPage - 1) * plan.pageSize;
  return {
    items: pages.flatMap((p) => p?.items ?? []).slice(start - offsetOfFirst, end - offsetOfFirst),
    total: Math.max(...pages.map((p) => p?.total ?? 0)),
  };
}
