/**
 * Paging helpers of the simulators: page-number pages (with the RFC 8288 Link header values some
 * providers send) and continuation cursors, opaque offsets or signed, query-bound, expiring ones.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** One page of `list` by page number (from 1) and size; size 0 = the whole list. */
export function pageOf<T>(list: readonly T[], page: number, size: number): { items: T[]; total: number; lastPage: number } {
  const items = size > 0 ? list.slice((page - 1) * size, page * size) : [...list];
  return { items, total: list.length, lastPage: size > 0 ? Math.max(1, Math.ceil(list.length / size)) : 1 };
}

/** `<url?…&page=N>; rel="…"`: a Link header value for page `page` of the same query. */
export function pageLink(base: string, query: URLSearchParams, page: number, rel: string, param = 'page'): string {
  const next = new URLSearchParams(query);
  next.set(param, String(page));
  return `<${base}?${next.toString()}>; rel="${rel}"`;
}

/** A short stable digest of a query, so a cursor can name the query it belongs to. */
export function queryDigest(parts: unknown, length: number): string {
  return createHash('sha256')
    .update(typeof parts === 'string' ? parts : JSON.stringify(parts))
    .digest('base64url')
    .slice(0, length);
}

/** Unsigned offset cursors: base64url of `{query}|{offset}`. */
export const offsetCursor = {
  encode(query: string, offset: number): string {
    return Buffer.from(`${query}|${offset}`).toString('base64url');
  },
  /** The offset, or null when the cursor is malformed or belongs to another query. */
  decode(cursor: string, query: string): number | null {
    const parts = /^([A-Za-z0-9_-]+)$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8').split('|') : [];
    if (parts.length !== 2 || parts[0] !== query || !/^\d+$/.test(parts[1]!)) return null;
    return Number(parts[1]);
  },
};

/** HMAC-signed cursors bound to their query, carrying the key to continue after and an expiry. */
export class SignedCursors {
  private readonly secret = randomBytes(32);

  sign(query: string, after: string, ttlMs: number): string {
    const body = Buffer.from(JSON.stringify({ q: query, a: after, e: Date.now() + ttlMs })).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The key a cursor continues after, or why it is refused. */
  read(cursor: string, query: string): { after: string } | { error: 'invalid' | 'other-query' | 'expired' } {
    const [body, mac] = cursor.split('.');
    if (!body || !mac || this.mac(body) !== mac) return { error: 'invalid' };
    let payload: { q?: unknown; a?: unknown; e?: unknown };
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as typeof payload;
    } catch {
      return { error: 'invalid' };
    }
    if (payload.q !== query || typeof payload.a !== 'string') return { error: 'other-query' };
    if (typeof payload.e !== 'number' || payload.e <= Date.now()) return { error: 'expired' };
    return { after: payload.a };
  }

  private mac(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, 22);
  }
}

/** Up to `limit` items after the key `after` (in list order) that match; `more` when another follows. */
export function pageAfter<T>(
  list: readonly T[],
  key: (item: T) => string,
  after: string | null,
  limit: number,
  matches: (item: T) => boolean = () => true,
): { items: T[]; more: boolean } {
  const items: T[] = [];
  for (const item of list) {
    if (after != null && key(item) <= after) continue;
    if (!matches(item)) continue;
    if (items.length === limit) return { items, more: true };
    items.push(item);
  }
  return { items, more: false };
}
