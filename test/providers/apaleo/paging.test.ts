import { describe, expect, it } from 'vitest';
import { fetchWindow, planPages } from '../../../src/providers/apaleo/paging.js';

describe('planPages', () => {
  it('uses one page when one page size can cover the window', () => {
    expect(planPages(0, 20)).toEqual({ pageSize: 20, firstPage: 1, lastPage: 1 });
    expect(planPages(40, 60)).toEqual({ pageSize: 20, firstPage: 3, lastPage: 3 });
    expect(planPages(95, 105)).toEqual({ pageSize: 15, firstPage: 7, lastPage: 7 });
  });

  it('falls back to pages of 100 for windows larger than a page', () => {
    expect(planPages(0, 500)).toEqual({ pageSize: 100, firstPage: 1, lastPage: 5 });
    expect(planPages(150, 420)).toEqual({ pageSize: 100, firstPage: 2, lastPage: 5 });
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
