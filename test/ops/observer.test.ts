/** The HttpObserver hooks of the HTTP core: what they report, and that a failing observer changes nothing. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { HttpClient } from '../../src/http/http-client.js';
import type { HttpObserver, UpstreamCallEvent } from '../../src/http/observer.js';
import { TokenCache } from '../../src/http/token-cache.js';

let server: Server;
let baseUrl = '';
let answers: { status: number; headers?: Record<string, string> }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const next = answers.shift() ?? { status: 200 };
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers }).end('{"ok":true}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const Ok = z.object({ ok: z.boolean() });

describe('HttpObserver', () => {
  it('reports each exchange, the retry with its Retry-After, the slot wait and the token fetch; tokenState follows the token', async () => {
    const calls: UpstreamCallEvent[] = [];
    const retries: unknown[] = [];
    const tokens: unknown[] = [];
    let slotWaits = 0;
    const observer: HttpObserver = {
      onUpstreamCall: (e) => calls.push(e),
      onRetry: (e) => retries.push(e),
      onSlotWait: () => (slotWaits += 1),
      onTokenFetch: (e) => tokens.push(e.outcome),
    };
    const http = new HttpClient({ provider: 'apaleo', baseUrl, observer, retryBaseMs: 1 });
    const cache = new TokenCache(async () => ({ token: 't', expiresInSeconds: 3600 }));
    http.bindTokens(cache);
    expect(http.tokenState()).toBe('unknown');
    answers = [{ status: 429, headers: { 'retry-after': '0' } }, { status: 200 }];
    await http.request({ operation: 'users.list', method: 'GET', path: '/x', schema: Ok, auth: cache });
    expect(http.tokenState()).toBe('ok');
    expect(calls.map((c) => [c.operation, c.status, c.attempt])).toEqual([
      ['users.list', '429', 1],
      ['users.list', '200', 2],
    ]);
    expect(retries).toEqual([{ provider: 'apaleo', operation: 'users.list', reason: '429', delaySeconds: expect.any(Number), retryAfter: true }]);
    expect(slotWaits).toBe(2);
    expect(tokens).toEqual(['success']);
    await http.close();
  });

  it('an observer that throws never fails the call', async () => {
    const boom = () => {
      throw new Error('observer bug');
    };
    const http = new HttpClient({ provider: 'logto', baseUrl, observer: { onClient: boom, onUpstreamCall: boom, onSlotWait: boom, onTokenFetch: boom } });
    const cache = new TokenCache(async () => ({ token: 't', expiresInSeconds: 3600 }));
    answers = [{ status: 200 }];
    const response = await http.request({ operation: 'users.list', method: 'GET', path: '/x', schema: Ok, auth: cache });
    expect(response.data).toEqual({ ok: true });
    await http.close();
  });

  it('refreshToken marks a failing token source as failed without throwing', async () => {
    const http = new HttpClient({ provider: 'logto', baseUrl });
    http.bindTokens(new TokenCache(async () => Promise.reject(new Error('refused'))));
    await expect(http.refreshToken()).resolves.toBe('failed');
    expect(http.tokenState()).toBe('failed');
    await http.close();
  });
});
