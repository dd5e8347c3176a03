/**
 * Page-number paging (pageNumber/page 1-based, a page size with a maximum, a reported total), shared
 * by the providers that page by number. A Relay window [start, end) becomes one upstream page when one page size can
 * cover it, otherwise the fewest pages, of the size that fetches the fewest items beyond the window. A bounded window (at most UPFRONT_PAGES pages) asks
 * every page at once: one round trip; a page past the end is cheap (an empty page, or a 204 where a provider answers that).
 * A larger window (an unbounded read of a whole list) fetches the first page alone (its total says how
 * many more exist), then the rest concurrently: two round trips.
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
  // Several pages: the page size that needs the fewest pages and, of those, fetches the fewest items
  // (first: 250 is 3 pages of 84, not 3 of 100: 252 items to send, parse and check instead of 300).
  let best: PagePlan = { pageSize: max, firstPage: Math.floor(start / max) + 1, lastPage: Math.floor((end - 1) / max) + 1 };
  let bestPages = best.lastPage - best.firstPage + 1;
  let bestItems = bestPages * max;
  for (let pageSize = Math.ceil(size / bestPages); pageSize < max; pageSize += 1) {
    const firstPage = Math.floor(start / pageSize) + 1;
    const lastPage = Math.floor((end - 1) / pageSize) + 1;
    const pages = lastPage - firstPage + 1;
    if (pages < bestPages || (pages === bestPages && pages * pageSize < bestItems)) {
      best = { pageSize, firstPage, lastPage };
      bestPages = pages;
      bestItems = pages * pageSize;
    }
  }
  return best;
}

/** The most pages a window asks for at once, before it knows the total (see above). */
const UPFRONT_PAGES = 10;

export interface NumberedPage<T> {
  items: T[];
  total: number;
}

/**
 * Items [start, end) and the list's total. `fetchPage` answers null for a page past the end (where the
 * provider says so without a total, as a 204 does); `fetchTotal` is then asked for the total.
 */
export async function fetchPageWindow<T>(
  start: number,
  end: number,
  max: number,
  fetchPage: (pageNumber: number, pageSize: number) => Promise<NumberedPage<T> | null>,
  fetchTotal: () => Promise<number>,
): Promise<NumberedPage<T>> {
  const plan = planPages(start, end, max);
  const numbers = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  let pages: (NumberedPage<T> | null)[];
  if (plan.lastPage - plan.firstPage < UPFRONT_PAGES) {
    pages = await Promise.all(numbers(plan.firstPage, plan.lastPage).map((n) => fetchPage(n, plan.pageSize)));
    if (!pages[0]) return { items: [], total: await fetchTotal() };
  } else {
    const first = await fetchPage(plan.firstPage, plan.pageSize);
    if (!first) return { items: [], total: await fetchTotal() };
    const lastPage = Math.min(plan.lastPage, Math.ceil(first.total / plan.pageSize));
    pages = [first, ...(await Promise.all(numbers(plan.firstPage + 1, lastPage).map((n) => fetchPage(n, plan.pageSize))))];
  }
  const offsetOfFirst = (plan.firstPage - 1) * plan.pageSize;
  return {
    items: pages.flatMap((p) => p?.items ?? []).slice(start - offsetOfFirst, end - offsetOfFirst),
    total: Math.max(...pages.map((p) => p?.total ?? 0)),
  };
}
