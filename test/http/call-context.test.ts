/** The HTTP core under a request's upstream call context: budget, deadline, cancellation, slot wait, token fetch. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UpstreamCallContext } from '../../src/http/call-context.js';
import { HttpClient } from '../../src/http/http-client.js';
import { TokenCache } from '../../src/http/token-cache.js';
import { SimServer } from '../../src/sandbox/server.js';

const sim = new SimServer('test', (status, message) => ({ error: { code: `E${status}`, message } }));
sim.route('GET', '/things/:id', 'things.get', (req) => ({ status: 200, json: { id: req.params.id } }));
sim.route('POST', '/token', 'token', () => ({ status: 200, json: { token: 't' } }));
const Thing = z.object({ id: z.string() });
let client: HttpClient;

beforeAll(async () => {
  await sim.start();
  client = new HttpClient({ provider: 'apaleo', baseUrl: sim.baseUrl, timeoutMs: 2_000, maxConcurrent: 1, slotWaitMs: 100, circuitFailureThreshold: 1 });
});
afterEach(() => {
  sim.resetKnobs();
  sim.resetCounts();
});
afterAll(async () => {
  await client.close();
  await sim.stop();
});

/** A read, as one request's view of the client sends it (HttpClient.forCall), or outside any request. */
const get = (id = 'a', call?: UpstreamCallContext) =>
  client.forCall(call).request({ operation: 'getThing', method: 'GET', path: `/things/${id}`, schema: Thing });

describe('upstream call context', () => {
  it('counts calls against the budget and refuses the rest without sending', async () => {
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 2 });
    await get('a', context);
    await get('b', context);
    await expect(get('c', context)).rejects.toMatchObject({ code: 'UPSTREAM_BUDGET_EXCEEDED', retryable: false });
    expect(sim.count('things.get')).toBe(2);
  });

  it('identical reads within one request share one call (and one unit of budget); other requests send their own', async () => {
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 });
    sim.latencyMs = 30;
    const together = await Promise.all([get('a', context), get('a', context), get('a', context), get('b', context)]);
    expect(together.map((r) => r.data?.id)).toEqual(['a', 'a', 'a', 'b']);
    await get('a', context); // after it settled: still the same read
    expect(sim.count('things.get')).toBe(2);
    expect(context.used).toBe(2);
    await get('a', new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }));
    await get('a'); // outside any request: never coalesced
    expect(sim.count('things.get')).toBe(4);
  });

  it('a write forgets the reads of its request, so a read after it is sent again', async () => {
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 });
    await get('a', context);
    await client.forCall(context).request({ operation: 'token', method: 'POST', path: '/token', form: {}, schema: z.object({ token: z.string() }) });
    await get('a', context);
    expect(sim.count('things.get')).toBe(2);
    expect(sim.count('token')).toBe(1);
  });

  it('refuses at once after the deadline or a cancellation, and neither opens the circuit', async () => {
    const late = new UpstreamCallContext({ deadlineMs: 1, callBudget: 10 }, undefined, Date.now() - 10);
    await expect(get('a', late)).rejects.toMatchObject({ code: 'UPSTREAM_TIMEOUT' });
    const controller = new AbortController();
    const cancelled = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, controller.signal);
    sim.latencyMs = 500;
    const pending = get('a', cancelled);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/cancelled/) });
    expect(client.circuit.snapshot().state).toBe('CLOSED');
  });

  it('a full slot fails fast as UPSTREAM_UNAVAILABLE without opening the circuit', async () => {
    sim.latencyMs = 400;
    const first = get('1');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(get('2')).rejects.toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', message: expect.stringMatching(/no free connection slot within 100 ms/) });
    await first;
    expect(client.circuit.snapshot().state).toBe('CLOSED');
  });

  it('a shared token fetch is not cut short by the request that started it', async () => {
    const tokens = new TokenCache(async () => {
      const { data } = await client.request({
        operation: 'token',
        method: 'POST',
        path: '/token',
        form: {},
        idempotent: true,
        schema: z.object({ token: z.string() }),
      });
      return { token: data!.token, expiresInSeconds: 3600 };
    });
    // The token is fetched through the client itself (no request), so it takes nothing from the
    // budget of the request that needed it: a budget of one call is enough for that call.
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 1 });
    await expect(
      client.forCall(context).request({ operation: 'getThing', method: 'GET', path: '/things/t', schema: Thing, auth: tokens }),
    ).resolves.toMatchObject({
      data: { id: 't' },
    });
    expect(context.used).toBe(1);
    expect(sim.count('token')).toBe(1);
  });
});

describe('UpstreamCallContext.onCancel', () => {
  it('runs the watchers still registered when the caller hangs up, once; a stopped watch does not run', () => {
    const controller = new AbortController();
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, controller.signal);
    const ran: string[] = [];
    const stopA = context.onCancel(() => ran.push('a'));
    context.onCancel(() => ran.push('b'));
    stopA?.();
    controller.abort();
    controller.abort();
    expect(ran).toEqual(['b']);
    // Already cancelled: at once, and nothing to stop.
    expect(context.onCancel(() => ran.push('c'))).toBeUndefined();
    expect(ran).toEqual(['b', 'c']);
    // No caller signal (a script, a test): nothing to watch.
    expect(new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }).onCancel(() => ran.push('d'))).toBeUndefined();
    expect(ran).toEqual(['b', 'c']);
  });

  it('watch(): a watched call is cancelled with the request, an unwatched one is not, one watched after is cancelled at once', () => {
    const controller = new AbortController();
    const context = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, controller.signal);
    const ran: string[] = [];
    const call = (name: string) => ({ cancel: () => ran.push(name) });
    const a = call('a');
    context.watch(a);
    context.watch(call('b'));
    context.onCancel(() => ran.push('fn'));
    context.unwatch(a);
    controller.abort();
    expect(ran).toEqual(['b', 'fn']);
    context.watch(call('late'));
    expect(ran).toEqual(['b', 'fn', 'late']);
    // No caller signal: nothing to watch, nothing cancelled.
    new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }).watch(call('none'));
    expect(ran).toEqual(['b', 'fn', 'late']);
  });

  it('its own signal, made only when asked for, follows the caller: aborted with it, or at once when made after', () => {
    const before = new AbortController();
    const early = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, before.signal);
    const signal = early.signal!;
    expect(early.signal).toBe(signal);
    expect([early.cancelled, signal.aborted]).toEqual([false, false]);
    before.abort();
    expect([early.cancelled, signal.aborted]).toEqual([true, true]);

    const after = new AbortController();
    const late = new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, after.signal);
    after.abort();
    expect(late.cancelled).toBe(true);
    expect(late.signal!.aborted).toBe(true);

    const gone = new AbortController();
    gone.abort();
    expect(new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, gone.signal).cancelled).toBe(true);
    expect(new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }).signal).toBeUndefined();
  });
});

describe('token waits', () => {
  it('a request waits for a slow shared token only until its deadline', async () => {
    const slow = new TokenCache(async () => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      return { token: 't', expiresInSeconds: 3600 };
    });
    const context = new UpstreamCallContext({ deadlineMs: 100, callBudget: 10 });
    const started = Date.now();
    await expect(client.forCall(context).request({ operation: 'getThing', method: 'GET', path: '/things/a', schema: Thing, auth: slow })).rejects.toMatchObject(
      {
        code: 'UPSTREAM_TIMEOUT',
        message: expect.stringMatching(/waiting for a token/),
      },
    );
    expect(Date.now() - started).toBeLessThan(600);
    await expect(slow.get()).resolves.toBe('t');
  });
});

describe('write outcomes in the core', () => {
  sim.route('DELETE', '/things/:id', 'things.delete', () => ({ status: 404, json: { error: { code: 'E404', message: 'gone' } } }));
  it('a DELETE retried after a 504 that then answers 404 says outcomeUnknown, with no status to mistake for NOT_FOUND', async () => {
    sim.inject({ route: 'things.delete', kind: 'status', status: 504, times: 1 });
    const error = await client.request({ operation: 'deleteThing', method: 'DELETE', path: '/things/x', schema: null }).catch((e: unknown) => e);
    expect(error).toMatchObject({ outcomeUnknown: true, retryable: false, status: null });
    expect(sim.count('things.delete')).toBe(2);
  });
});

describe('response body cap', () => {
  it('stops reading a chunked body beyond maxBodyBytes (UPSTREAM_ERROR) and keeps serving', async () => {
    const { createServer } = await import('node:http');
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url === '/small') {
        res.end('{"id":"s"}');
        return;
      }
      res.write('{"id":"');
      const chunk = 'x'.repeat(16 * 1024);
      let sent = 0;
      const pump = () => {
        while (sent < 64 && res.write(chunk)) sent += 1;
        if (sent < 64) res.once('drain', pump);
        else res.end('"}');
      };
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const capped = new HttpClient({ provider: 'logto', baseUrl: `http://127.0.0.1:${(server.address() as { port: number }).port}`, maxBodyBytes: 64 * 1024 });
    try {
      await expect(capped.request({ operation: 'big', method: 'GET', path: '/big', schema: Thing })).rejects.toMatchObject({
        code: 'UPSTREAM_ERROR',
        message: expect.stringMatching(/larger than 65536 bytes/),
      });
      await expect(capped.request({ operation: 'small', method: 'GET', path: '/small', schema: Thing })).resolves.toMatchObject({ data: { id: 's' } });
    } finally {
      await capped.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('connection slots (Semaphore)', () => {
  it('a free slot is taken at once; a released slot goes to the waiter, not to a newcomer', async () => {
    const { Semaphore } = await import('../../src/http/http-client.js');
    const slots = new Semaphore(1);
    const first = slots.acquire(1_000);
    expect(typeof first).toBe('function');
    const waiter = slots.acquire(1_000);
    expect(waiter).toBeInstanceOf(Promise);
    (first as () => void)();
    // Released to the waiter: a newcomer right after the release waits too, and at most one holds a slot.
    const newcomer = slots.acquire(1_000);
    expect(newcomer).toBeInstanceOf(Promise);
    expect(slots.active).toBe(1);
    const second = await waiter;
    expect(typeof second).toBe('function');
    expect(slots.active).toBe(1);
    second!();
    second!(); // releasing twice gives back one slot only
    const third = await newcomer;
    expect(typeof third).toBe('function');
    expect(slots.active).toBe(1);
    third!();
    expect(slots.active).toBe(0);
    // No slot within the wait: null, and the waiter is gone.
    const hold = slots.acquire(0) as () => void;
    await expect(slots.acquire(20)).resolves.toBeNull();
    expect(slots.waiting).toHaveLength(0);
    hold();
    expect(slots.active).toBe(0);
  });

  it('waits end at their own deadlines, whatever their order, and a served wait is not ended later', async () => {
    const { Semaphore } = await import('../../src/http/http-client.js');
    const slots = new Semaphore(1);
    const hold = slots.acquire(0) as () => void;
    const settled: string[] = [];
    const track = (name: string, wait: Promise<(() => void) | null> | (() => void)) =>
      (wait as Promise<(() => void) | null>).then((release) => {
        settled.push(`${name}:${release ? 'slot' : 'none'}`);
        return release;
      });
    const long = track('long', slots.acquire(400));
    const short = track('short', slots.acquire(30));
    const middle = track('middle', slots.acquire(120));
    expect(slots.waiting).toHaveLength(3);
    await short;
    expect(settled).toEqual(['short:none']);
    expect(slots.waiting).toHaveLength(2);
    hold(); // handed to the longest waiter still waiting
    const first = await long;
    expect(typeof first).toBe('function');
    await expect(middle).resolves.toBeNull();
    expect(settled).toEqual(['short:none', 'long:slot', 'middle:none']);
    expect(slots.waiting).toHaveLength(0);
    first!();
    expect(slots.active).toBe(0);
  });

  it('a waiter whose caller hangs up gives up at once and leaves the queue', async () => {
    const { Semaphore } = await import('../../src/http/http-client.js');
    const slots = new Semaphore(1);
    const hold = slots.acquire(0) as () => void;
    const caller = new AbortController();
    const waiting = slots.acquire(5_000, new UpstreamCallContext({ deadlineMs: 5_000, callBudget: 10 }, caller.signal));
    expect(slots.waiting).toHaveLength(1);
    const started = performance.now();
    caller.abort();
    await expect(waiting).resolves.toBeNull();
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(slots.waiting).toHaveLength(0);
    hold();
    expect(slots.active).toBe(0);
  });
});
