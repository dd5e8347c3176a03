/**
 * Authress pages forwards only, with opaque continuation cursors (`pagination.next.cursor`, sent back
 * as `?cursor=`) and `limit` 1–100. A Relay window is served by forwardPage: one upstream call per
 * 100 items, following cursors; `last`/`before` are rejected as forward-only.
 */
import { forwardPage, type Page, type PageArgs } from '../../domain/paging.js';
import type { UserFilter } from '../../domain/provider.js';
import { USERS_LIMIT_MAX, type UserIdentityCollection } from './wire.js';

export const AUTHRESS_PAGE_OPTIONS = { provider: 'authress', backward: false } as const;

/** The upstream continuation cursor of a collection, or null on its last page. */
export function nextCursor(collection: Pick<UserIdentityCollection, 'pagination'>): string | null {
  return collection.pagination?.next?.cursor ?? null;
}

export function pageUsers<T>(
  filter: UserFilter,
  args: PageArgs,
  fetch: (cursor: string | null, limit: number) => Promise<{ items: T[]; next: string | null }>,
  key?: Buffer,
): Promise<Page<T>> {
  return forwardPage(args, { provider: 'authress', list: 'users', filter, key }, { upstreamMax: USERS_LIMIT_MAX, fetch }, AUTHRESS_PAGE_OPTIONS);
}
