/**
 * LumApps `user/list` pages with an opaque continuation cursor: `maxResults` (default 30, no
 * documented maximum) and `cursor`; the answer has `items` (absent when empty), `more` and `cursor`.
 * No total, no backward paging: Relay `first`/`after` only, through forwardPage.
 */
import type { ForwardSource } from '../../domain/paging.js';
import type { UserListParams, UserListResponse } from './wire.js';

/** The largest `maxResults` idgraph asks for (LumApps documents no maximum; see README.md). */
export const LUMAPPS_MAX_PAGE_SIZE = 100;

/** A forward source over `user/list`: `more` and `cursor` say whether and where to continue. */
export function userListSource<T>(
  list: (params: UserListParams) => Promise<UserListResponse>,
  params: UserListParams,
  map: (items: NonNullable<UserListResponse['items']>) => T[],
  upstreamMax = LUMAPPS_MAX_PAGE_SIZE,
): ForwardSource<T> {
  return {
    upstreamMax,
    async fetch(cursor, limit) {
      const page = await list({ ...params, maxResults: limit, cursor: cursor ?? undefined });
      return { items: map(page.items ?? []), next: nextCursor(page) };
    },
  };
}

/**
 * Where to continue, or null at the end. `more: true` with no items ends the list, as the SDK's
 * get_call/iter_call do (LumApps can say `more` on a page with nothing in it).
 */
export function nextCursor(page: UserListResponse): string | null {
  if (!page.items || page.items.length === 0) return null;
  return page.more === true && page.cursor ? page.cursor : null;
}
