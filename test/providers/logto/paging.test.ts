import { describe, expect, it } from 'vitest';
import type { PageParams } from '../../../src/providers/logto/client.js';
import { fetchAll, fetchWindow, keyedArrayPage, planPages } from '../../../src/providers/logto/paging.js';

function source(total: number) {
  const calls: PageParams[] = [];
  const items = Array.from({ length: total }, (_, i) => i);
  const fetchPage = async (p: PageParams) => {
    calls.push(p);
    if (p.pageSize > 100) throw new Error('page_size above 100');
    return { items: items.slice((p.page - 1) * p.pageSize, p.page * p.pageSize), total };
  };
  return { calls, fetchPage };
}

describe('planPages', () => {
  it('covers a window with one page when one page size can', () => {
    expect(planPages(0, 20)).toEqual({ pageSize: 20, firstPage: 1, lastPage: 1 });
    expect(planPages(20, 40)).toEqual({ pageSize: 20, firstPage: 2, lastPage: 2 });
    const odd = planPages(5, 12);
    expect(Math.floor(5 / odd.pageSize)).toBe(Math.floor(11 / odd.pageSize));
    expect(odd.firstPage).toBe(odd.lastPage);
  });

  it('covers windows larger than 100 with the fewest pages of at most 100, fetching the fewest items', () => {
    expect(planPages(0, 250)).toEqual({ pageSize: 84, firstPage: 1, lastPage: 3 });
    expect(planPages(150, 420)).toEqual({ pageSize: 70, firstPage: 3, lastPage: 6 });
    for (const [start, end] of [
      [0, 250],
      [150, 420],
      [37, 499],
      [1, 1000],
    ] as const) {
      const plan = planPages(start, end);
      expect(plan.pageSize).toBeLessThanOrEqual(100);
      expect((plan.firstPage - 1) * plan.pageSize).toBeLessThanOrEqual(start);
      expect(plan.lastPage * plan.pageSize).toBeGreaterThanOrEqual(end);
      expect(plan.lastPage - plan.firstPage + 1).toBeLessThanOrEqual(Math.floor((end - 1) / 100) - Math.floor(start / 100) + 1);
    }
    // Fewer pages than pages of 100 would need: items 99..200 are pages 2-3 of 67, not 1-3 of 100.
    expect(planPages(99, 201)).toEqual({ pageSize: 67, firstPage: 2, lastPage: 3 });
  });
});

describe('fetchWindow', () => {
  it('answers exactly the window and the Total-Number', async () => {
    const { calls, fetchPage } = source(57);
    expect(await fetchWindow(7, 19, fetchPage)).toEqual({ items: Array.from({ length: 12 }, (_, i) => 7 + i), total: 57 });
    expect(calls).toHaveLength(1);
  });

  it('asks every page of a bounded window at once (empty pages past the end are dropped)', async () => {
    const { calls, fetchPage } = source(230);
    const { items, total } = await fetchWindow(0, 500, fetchPage);
    expect(items).toHaveLength(230);
    expect(total).toBe(230);
    expect(calls.map((c) => c.page)).toEqual([1, 2, 3, 4, 5]);
  });

  it('fetchAll walks every page with page_size 100', async () => {
    const { calls, fetchPage } = source(205);
    expect(await fetchAll(fetchPage)).toHaveLength(205);
    expect(calls.every((c) => c.pageSize === 100)).toBe(true);
    const empty = source(0);
    expect(await fetchAll(empty.fetchPage)).toEqual([]);
    expect(empty.calls).toHaveLength(1);
  });
});

describe('keyedArrayPage (cursors keyed on the item, for lists held whole)', () => {
  const scope = { provider: 'logto' as const, list: 'invitations' };
  const options = { provider: 'logto' as const, backward: true };
  const item = (id: string, t: number) => ({ id, createdAt: new Date(t) });
  const ids = (page: { edges: { node: { id: string } }[] }) => page.edges.map((e) => e.node.id);

  it('sorts newest first and continues after the cursor item even when items are added or removed meanwhile', async () => {
    let list = [item('a', 1), item('b', 5), item('c', 3), item('d', 4), item('e', 2)];
    const first = await keyedArrayPage({ first: 2 }, scope, async () => list, options);
    expect(ids(first)).toEqual(['b', 'd']);
    expect(first).toMatchObject({ hasNextPage: true, hasPreviousPage: false, totalCount: 5 });
    // A newer item appears and the cursor's own item is deleted: the next page still starts at c.
    list = [item('f', 9), ...list.filter((i) => i.id !== 'd')];
    const second = await keyedArrayPage({ first: 2, after: first.edges[1]!.cursor }, scope, async () => list, options);
    expect(ids(second)).toEqual(['c', 'e']);
    expect(second).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const back = await keyedArrayPage({ last: 2, before: second.edges[0]!.cursor }, scope, async () => list, options);
    expect(ids(back)).toEqual(['f', 'b']);
    const tail = await keyedArrayPage({ last: 1 }, scope, async () => list, options);
    expect(ids(tail)).toEqual(['a']);
  });

  it('refuses a cursor of another list or a tampered one, naming the argument', async () => {
    const page = await keyedArrayPage({ first: 1 }, scope, async () => [item('a', 1), item('b', 2)], options);
    await expect(keyedArrayPage({ first: 1, after: page.edges[0]!.cursor }, { ...scope, list: 'users' }, async () => [], options)).rejects.toMatchObject({
      field: 'after',
    });
    await expect(keyedArrayPage({ first: 1, after: 'c1.garbage.x' }, scope, async () => [], options)).rejects.toMatchObject({ field: 'after' });
  });
});
