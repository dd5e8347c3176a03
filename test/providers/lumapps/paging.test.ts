import { describe, expect, it } from 'vitest';
import { forwardPage } from '../../../src/domain/paging.js';
import { nextCursor, userListSource } from '../../../src/providers/lumapps/paging.js';
import type { UserListParams, UserListResponse } from '../../../src/providers/lumapps/wire.js';

/** A fake user/list over 0..n-1 whose cursor is the offset. */
function fakeList(n: number) {
  const calls: UserListParams[] = [];
  const list = async (params: UserListParams): Promise<UserListResponse> => {
    calls.push(params);
    const start = params.cursor ? Number(params.cursor) : 0;
    const end = Math.min(n, start + (params.maxResults ?? 30));
    if (start >= end) return { more: false };
    const items = Array.from({ length: end - start }, (_, i) => ({ uid: String(start + i) }));
    return end < n ? { items, more: true, cursor: String(end) } : { items, more: false };
  };
  return { list, calls };
}

const scope = { provider: 'lumapps' as const, list: 'users', filter: {} };
const options = { provider: 'lumapps' as const, backward: false };

describe('lumapps paging', () => {
  it('continues only while more is true, a cursor came and the page had items', () => {
    const items = [{ uid: '1' }];
    expect(nextCursor({ items, more: true, cursor: 'abc' })).toBe('abc');
    expect(nextCursor({ items, more: false, cursor: 'abc' })).toBeNull();
    expect(nextCursor({ items, more: true })).toBeNull();
    expect(nextCursor({ more: false })).toBeNull();
    // `more: true` with no items ends the list, as the SDK's get_call/iter_call do.
    expect(nextCursor({ more: true, cursor: 'abc' })).toBeNull();
    expect(nextCursor({ items: [], more: true, cursor: 'abc' })).toBeNull();
  });

  it('serves first: 250 from pages of at most 100, and resumes after the end cursor', async () => {
    const fake = fakeList(520);
    const source = userListSource(fake.list, { status: 'enabled' }, (items) => items.map((u) => u.uid!), 100);
    const page = await forwardPage({ first: 250 }, scope, source, options);
    expect(page.edges.map((e) => e.node)).toEqual(Array.from({ length: 250 }, (_, i) => String(i)));
    expect(fake.calls.map((c) => c.maxResults)).toEqual([100, 100, 50]);
    expect(fake.calls.every((c) => c.status === 'enabled')).toBe(true);
    expect(page.hasNextPage).toBe(true);
    expect(page.totalCount).toBeNull();
    const next = await forwardPage({ first: 5, after: page.edges.at(-1)!.cursor }, scope, source, options);
    expect(next.edges.map((e) => e.node)).toEqual(['250', '251', '252', '253', '254']);
    expect(next.hasPreviousPage).toBe(true);
  });

  it('resumes from a cursor in the middle of an upstream page', async () => {
    const fake = fakeList(10);
    const source = userListSource(fake.list, {}, (items) => items.map((u) => u.uid!), 100);
    const first = await forwardPage({ first: 3 }, scope, source, options);
    const rest = await forwardPage({ first: 100, after: first.edges[1]!.cursor }, scope, source, options);
    expect(rest.edges.map((e) => e.node)).toEqual(['2', '3', '4', '5', '6', '7', '8', '9']);
    expect(rest.hasNextPage).toBe(false);
  });

  it('answers an empty page for {"more": false} without items', async () => {
    const source = userListSource(
      async () => ({ more: false }),
      {},
      (items) => items,
      100,
    );
    const page = await forwardPage({ first: 10 }, scope, source, options);
    expect(page.edges).toEqual([]);
    expect(page.hasNextPage).toBe(false);
  });

  it('rejects last and before: LumApps pages forwards only', async () => {
    const source = userListSource(fakeList(5).list, {}, (items) => items, 100);
    await expect(forwardPage({ last: 2 }, scope, source, options)).rejects.toThrow(/forward-only/);
    await expect(forwardPage({ first: 2, before: 'x' }, scope, source, options)).rejects.toThrow(/forward-only/);
  });
});
