import { describe, expect, it } from 'vitest';
import { arrayPage, decodeCursor, encodeCursor, forwardPage, lazyEdge, lazyEdgeAt, type Page, type PageArgs } from '../../src/domain/paging.js';
import { fetchPageWindow } from '../../src/domain/page-number.js';

const scope = { provider: 'authress' as const, list: 'users', filter: { tenantId: 't1' } };
const opts = { provider: 'authress' as const, backward: false };

/** A fake provider with opaque continuation cursors over `n` items, recording every call. */
function cursorSource(n: number, upstreamMax = 100) {
  const calls: { cursor: string | null; limit: number }[] = [];
  return {
    calls,
    upstreamMax,
    async fetch(cursor: string | null, limit: number) {
      calls.push({ cursor, limit });
      const start = cursor ? Number(cursor.slice(3)) : 0;
      const items = Array.from({ length: Math.min(limit, n - start) }, (_, i) => start + i);
      const end = start + items.length;
      return { items, next: end < n ? `at-${end}` : null };
    },
  };
}

describe('forwardPage', () => {
  it('walks every item exactly once with aligned upstream calls', async () => {
    const source = cursorSource(1000);
    const seen: number[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page<number> = await forwardPage<number>({ first: 100, after }, scope, source, opts);
      seen.push(...page.edges.map((e) => e.node));
      if (!page.hasNextPage) break;
      after = page.edges.at(-1)!.cursor;
    }
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(source.calls).toHaveLength(10);
  });

  it('follows cursors for a first larger than the upstream page', async () => {
    const source = cursorSource(1000);
    const page = await forwardPage<number>({ first: 250 }, scope, source, opts);
    expect(page.edges.map((e) => e.node)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    expect(source.calls.map((c) => c.limit)).toEqual([100, 100, 50]);
    expect(page.hasNextPage).toBe(true);
  });

  it('resumes from a cursor in the middle of an upstream page', async () => {
    const source = cursorSource(30, 10);
    const first = await forwardPage<number>({ first: 4 }, scope, source, opts);
    const middle = first.edges[1]!.cursor; // after item 1
    const next = await forwardPage<number>({ first: 5, after: middle }, scope, source, opts);
    expect(next.edges.map((e) => e.node)).toEqual([2, 3, 4, 5, 6]);
  });

  it('rejects backward paging and foreign cursors', async () => {
    const source = cursorSource(10);
    await expect(forwardPage({ last: 3 } as PageArgs, scope, source, opts)).rejects.toMatchObject({ field: 'last', code: 'BAD_USER_INPUT' });
    const other = encodeCursor({ ...scope, filter: { tenantId: 't2' } }, { c: null, k: 1 });
    await expect(forwardPage({ first: 3, after: other }, scope, source, opts)).rejects.toMatchObject({ field: 'after' });
  });
});

describe('arrayPage and cursors', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  const arrayScope = { provider: 'logto' as const, list: 'invitations' };
  const arrayOpts = { provider: 'logto' as const, backward: true };

  it('pages backwards from the end and forwards from a cursor', async () => {
    const last = await arrayPage({ last: 5 }, arrayScope, async () => items, arrayOpts);
    expect(last.edges.map((e) => e.node)).toEqual([18, 19, 20, 21, 22]);
    expect(last).toMatchObject({ hasNextPage: false, hasPreviousPage: true, totalCount: 23 });
    const before = await arrayPage({ last: 5, before: last.edges[0]!.cursor }, arrayScope, async () => items, arrayOpts);
    expect(before.edges.map((e) => e.node)).toEqual([13, 14, 15, 16, 17]);
    const between = await arrayPage({ first: 10, after: before.edges[0]!.cursor, before: last.edges[1]!.cursor }, arrayScope, async () => items, arrayOpts);
    expect(between.edges.map((e) => e.node)).toEqual([14, 15, 16, 17, 18]);
  });

  it('loads the list once per call', async () => {
    let loads = 0;
    await arrayPage(
      { last: 3 },
      arrayScope,
      async () => {
        loads += 1;
        return items;
      },
      arrayOpts,
    );
    expect(loads).toBe(1);
  });

  it('rejects tampered cursors', () => {
    const cursor = encodeCursor(arrayScope, { o: 3 });
    expect(decodeCursor('after', cursor, arrayScope)).toMatchObject({ o: 3 });
    const [body, signature] = cursor.slice(3).split('.') as [string, string];
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), o: 9 })).toString('base64url');
    expect(() => decodeCursor('after', `c1.${forged}.${signature}`, arrayScope)).toThrow(/after: is not a cursor/);
    expect(() => decodeCursor('after', cursor.slice(0, -3), arrayScope)).toThrow(/not a cursor/);
    expect(() => decodeCursor('after', 'c1.' + Buffer.from('[1]').toString('base64url'), arrayScope)).toThrow(/not a cursor/);
    expect(() => decodeCursor('before', encodeCursor({ ...arrayScope, provider: 'apaleo' }, { o: 3 }), arrayScope)).toThrow(/different/);
  });
});

describe('fetchPageWindow (page-number paging planned up front)', () => {
  const list = Array.from({ length: 230 }, (_, i) => i);
  const pager = () => {
    const asked: number[] = [];
    let inFlight = 0;
    let peak = 0;
    const fetchPage = async (pageNumber: number, pageSize: number) => {
      asked.push(pageNumber);
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      const items = list.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
      return items.length > 0 ? { items, total: list.length } : null;
    };
    return { asked, peak: () => peak, fetchPage };
  };

  it('asks every page of a bounded window at once (first: 250 is three pages in one round trip)', async () => {
    const p = pager();
    const window = await fetchPageWindow(0, 250, 100, p.fetchPage, async () => list.length);
    expect(window.items).toEqual(list);
    expect(window.total).toBe(230);
    expect(p.asked.sort()).toEqual([1, 2, 3]);
    expect(p.peak()).toBe(3);
  });

  it('a window past the end asks the total; an unbounded window still reads the total first', async () => {
    const past = pager();
    expect(await fetchPageWindow(400, 420, 100, past.fetchPage, async () => list.length)).toEqual({ items: [], total: 230 });
    const all = pager();
    const window = await fetchPageWindow(0, Number.MAX_SAFE_INTEGER, 100, all.fetchPage, async () => list.length);
    expect(window.items).toEqual(list);
    expect(all.asked).toEqual([1, 2, 3]);
    expect(all.peak()).toBe(2);
  });
});

describe('lazy cursors', () => {
  it('an edge encodes its cursor only when read, once, and the same as encodeCursor', async () => {
    let encoded = 0;
    const edge = lazyEdge('n', () => {
      encoded += 1;
      return 'c';
    });
    expect(encoded).toBe(0);
    expect([edge.cursor, edge.cursor]).toEqual(['c', 'c']);
    expect(encoded).toBe(1);

    const asked: number[] = [];
    const edges = ['x', 'y', 'z'].map((node, i) =>
      lazyEdgeAt(
        node,
        (index: number) => {
          asked.push(index);
          return `c${index}`;
        },
        i,
      ),
    );
    expect(asked).toEqual([]);
    expect([edges[2]!.cursor, edges[2]!.cursor, edges[0]!.cursor, edges[1]!.node]).toEqual(['c2', 'c2', 'c0', 'y']);
    expect(asked).toEqual([2, 0]);

    const scope = { provider: 'apaleo' as const, list: 'users', filter: { email: 'a@b.c' } };
    const page = await arrayPage({ first: 3 }, scope, async () => ['a', 'b', 'c', 'd'], { provider: 'apaleo', backward: true });
    // Not encoded when made: the cursor is a getter (one, on the edges' prototype), not a value.
    expect(Object.getOwnPropertyDescriptor(page.edges[1]!, 'cursor')).toBeUndefined();
    expect(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(page.edges[1]!), 'cursor')!.get).toBe('function');
    expect(page.edges.map((e) => decodeCursor('after', e.cursor, scope).o)).toEqual([0, 1, 2]);
  });

  it('signs an offset page once: edge cursors share one signed page token, and a tampered edge cursor is rejected', async () => {
    const scope = { provider: 'apaleo' as const, list: 'users', filter: { email: 'a@b.c' } };
    const options = { provider: 'apaleo' as const, backward: true };
    const items = Array.from({ length: 10 }, (_, i) => i);
    const page = await arrayPage({ first: 3, after: encodeCursor(scope, { o: 1 }) }, scope, async () => items, options);
    const cursors = page.edges.map((e) => e.cursor);
    const token = cursors[0]!.slice(0, cursors[0]!.lastIndexOf('.'));
    expect(cursors).toEqual([`${token}.0`, `${token}.1`, `${token}.2`]);
    expect(cursors.map((c) => decodeCursor('after', c, scope).o)).toEqual([2, 3, 4]);
    // Following an edge cursor resumes right after that edge.
    const next = await arrayPage({ first: 2, after: cursors[1] }, scope, async () => items, options);
    expect(next.edges.map((e) => e.node)).toEqual([4, 5]);
    // Tampered: an index past the page, a malformed index, another token's signature, a changed token body.
    const [prefix, body, signature] = token.split('.') as [string, string, string];
    const forgedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), n: 100 })).toString('base64url');
    for (const forged of [
      `${token}.3`,
      `${token}.99`,
      `${token}.01`,
      `${token}.-1`,
      `${token}.1e0`,
      `${token}`,
      `${token}.1.1`,
      `${prefix}.${forgedBody}.${signature}.50`,
    ]) {
      expect(() => decodeCursor('after', forged, scope), forged).toThrow(/after: is not a cursor issued by this API/);
    }
    // Bound to its list and filter.
    expect(() => decodeCursor('after', cursors[0]!, { ...scope, filter: { email: 'x@y.z' } })).toThrow(/different/);
  });

  it('signs a forward-only page once, across upstream pages: every edge cursor resumes right after its edge, tampered ones are rejected', async () => {
    const scope = { provider: 'authress' as const, list: 'users', filter: null };
    const options = { provider: 'authress' as const, backward: false };
    // An upstream list of 11 items in pages of at most 4, with opaque continuation cursors.
    const all = Array.from({ length: 11 }, (_, i) => `u${i}`);
    let fetches = 0;
    const source = {
      upstreamMax: 4,
      fetch: async (cursor: string | null, limit: number) => {
        fetches += 1;
        const start = cursor == null ? 0 : Number(cursor.slice(3));
        const items = all.slice(start, start + limit);
        return { items, next: start + limit < all.length ? `at-${start + limit}` : null };
      },
    };
    // After u0 (a page of 1), take 6: items u1..u6 from two upstream pages, [u1-u4] and [u5-u6].
    const first = await forwardPage({ first: 1 }, scope, source, options);
    const page = await forwardPage({ first: 6, after: first.edges[0]!.cursor }, scope, source, options);
    expect(page.edges.map((e) => e.node)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6']);
    const cursors = page.edges.map((e) => e.cursor);
    const token = cursors[0]!.slice(0, cursors[0]!.lastIndexOf('.'));
    expect(token.startsWith('c3.')).toBe(true);
    expect(cursors).toEqual(cursors.map((_, i) => `${token}.${i}`));
    // Each edge cursor resumes right after its edge, whichever upstream page it fell in.
    for (const [i, cursor] of cursors.entries()) {
      const next = await forwardPage({ first: 3, after: cursor }, scope, source, options);
      expect(
        next.edges.map((e) => e.node),
        `after edge ${i}`,
      ).toEqual(all.slice(i + 2, i + 5));
    }
    // The last item of an upstream page resumes at the next upstream page (no empty call).
    expect(decodeCursor('after', cursors[2]!, scope)).toMatchObject({ c: 'at-1', k: 3 });
    expect(decodeCursor('after', cursors[3]!, scope)).toMatchObject({ c: 'at-5', k: 0 });
    expect(decodeCursor('after', cursors[4]!, scope)).toMatchObject({ c: 'at-5', k: 1 });
    expect(fetches).toBeGreaterThan(0);
    const [prefix, body, signature] = token.split('.') as [string, string, string];
    const forgedBody = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body, 'base64url').toString()), s: 1 })).toString('base64url');
    for (const forged of [`${token}.6`, `${token}.01`, `${token}`, `${prefix}.${forgedBody}.${signature}.0`]) {
      expect(() => decodeCursor('after', forged, scope), forged).toThrow(/after: is not a cursor issued by this API/);
    }
    expect(() => decodeCursor('after', cursors[0]!, { ...scope, filter: { search: 'x' } })).toThrow(/different/);
  });
});
