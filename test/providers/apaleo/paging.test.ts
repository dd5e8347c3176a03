import { describe, expect, it } from 'vitest';
import { fetchWindow, planPages } from '../../../src/providers/apaleo/paging.js';

describe('planPages', () => {
  it('uses one page when one page size can cover the window', () => {
    expect(planPages(0, 20)).toEqual({ pageSize: 20, firstPage: 1, lastPage: 1 });
    expect(planPages(40, 60)).toEqual({ pageSize: 20, firstPage: 3, lastPage: 3 });
    expect(planPages(95, 105)).toEqual({ pageSize: 15, firstPage: 7, lastPage: 7 });
  });

  it('covers a window larger than a page with the fewest pages, of the size that fetches the fewest items', () => {
    expect(planPages(0, 500)).toEqual({ pageSize: 100, firstPage: 1, lastPage: 5 });
    // 4 pages at least (100 → 2..5, 400 items); 70 → pages 3..6 = items 140..419, 280 items.
    expect(planPages(150, 420)).toEqual({ pageSize: 70, firstPage: 3, lastPage: 6 });
    // first: 250: 3 pages of 84 (252 items), not 3 of 100.
    expect(planPages(0, 250)).toEqual({ pageSize: 84, firstPage: 1, lastPage: 3 });
  });
});

describe('fetchWindow', () => {
  const users = Array.from({ length: 260 }, (_, i) => i);
  const pageOf = (calls: number[]) => async (pageNumber: number, pageSize: number) => {
    calls.push(pageNumber);
    const items = users.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return items.length === 0 ? null : { items, count: users.length };
  };

  it('asks every page of a bounded window at once; pages past the end (204) are cheap and dropped', async () => {
    const calls: number[] = [];
    const result = await fetchWindow(0, 500, pageOf(calls), async () => users.length);
    expect(result.items).toEqual(users);
    expect(calls).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers an empty window past the end with the total', async () => {
    const calls: number[] = [];
    const result = await fetchWindow(300, 320, pageOf(calls), async () => users.length);
    expect(result).toEqual({ items: [], total: 260 });
  });
});
