import { describe, expect, it } from 'vitest';
import { createContext, createLoaders, entityKey, type Context } from '../../src/context.js';
import type { IdentityProvider, ProviderRegistry } from '../../src/domain/provider.js';
import type { User } from '../../src/domain/types.js';
import { useReleaseContext } from '../../src/graphql/release.js';
import { createLogger, requestIdOf, useRequestLog } from '../../src/ops/logging.js';

/** A provider with only what the loaders call: getUsers, counting its calls. */
function countingProvider(): { provider: IdentityProvider; calls: string[][] } {
  const calls: string[][] = [];
  const user = (id: string): User => ({ kind: 'User', provider: 'apaleo', id, email: `${id}@example.com` }) as Partial<User> as User;
  const provider = {
    id: 'apaleo',
    getUsers: async (ids: readonly string[]) => {
      calls.push([...ids]);
      return ids.map(user);
    },
  } as Partial<IdentityProvider> as IdentityProvider;
  return { provider, calls };
}

/** onExecuteDone of the plugin, as envelop calls it. */
function executeDone(ctx: object, result: unknown): void {
  const plugin = useReleaseContext() as { onExecute(payload: { args: { contextValue: unknown } }): { onExecuteDone(payload: { result: unknown }): void } };
  plugin.onExecute({ args: { contextValue: ctx } }).onExecuteDone({ result });
}

describe('a request context is let go when its execution is over', () => {
  it('forgets its upstream reads, loaded objects, person lookups and yoga’s request and params; keeps its call count and Node’s response', async () => {
    const { provider, calls } = countingProvider();
    const caller = new AbortController();
    const ctx = createContext({ apaleo: provider } as ProviderRegistry, undefined, { signal: caller.signal });
    const yoga = Object.assign(ctx, { request: new Request('http://idgraph.test/graphql'), req: {}, res: {}, params: { query: '{ __typename }' } });
    let started = 0;
    const read = () => ctx.upstream.coalesceRead(provider, '/users', async () => ++started);
    await read();
    await read();
    expect(started).toBe(1);
    await ctx.loaders.users.load(entityKey('apaleo', 'u1'));
    await ctx.loaders.users.load(entityKey('apaleo', 'u1'));
    expect(calls).toEqual([['u1']]);
    ctx.personLookups = new Map();
    ctx.upstream.used = 3;
    const watched = {
      cancelled: 0,
      cancel() {
        this.cancelled += 1;
      },
    };
    ctx.upstream.watch(watched);

    executeDone(yoga, { data: { __typename: 'Query' } });

    await read();
    expect(started).toBe(2);
    await ctx.loaders.users.load(entityKey('apaleo', 'u1'));
    expect(calls).toEqual([['u1'], ['u1']]);
    expect(ctx.personLookups).toBeUndefined();
    expect([yoga.request, yoga.params]).toEqual([undefined, undefined]);
    // Node's response stays: headers set after execution go onto it (src/http/response-headers.ts).
    expect(yoga.res).toEqual({});
    expect(ctx.upstream.used).toBe(3);
    // No longer listening to the caller: a hang-up after the answer cancels nothing.
    caller.abort();
    expect(watched.cancelled).toBe(0);
    expect(ctx.upstream.cancelled).toBe(false);
  });

  it('a streamed result keeps its context until it ends', async () => {
    const { provider } = countingProvider();
    const ctx: Context = createContext({ apaleo: provider } as ProviderRegistry);
    let started = 0;
    await ctx.upstream.coalesceRead(provider, '/users', async () => ++started);
    executeDone(ctx, { [Symbol.asyncIterator]: () => ({ next: async () => ({ done: true, value: undefined }) }) });
    await ctx.upstream.coalesceRead(provider, '/users', async () => ++started);
    expect(started).toBe(1);
  });
});

describe('the server context', () => {
  it("lets go of Node's request and response when the response goes out, not before", () => {
    const plugin = useReleaseContext() as { onResponse(payload: { serverContext: unknown }): void };
    const serverContext = { req: {}, res: {}, waitUntil: () => {} };
    executeDone(serverContext, { data: {} });
    expect(serverContext.res).toEqual({});
    plugin.onResponse({ serverContext });
    expect([serverContext.req, serverContext.res]).toEqual([undefined, undefined]);
    expect(typeof serverContext.waitUntil).toBe('function');
  });
});

describe('loaders', () => {
  it('are made on first use, one per kind, and clearAll forgets what they loaded', async () => {
    const { provider, calls } = countingProvider();
    const loaders = createLoaders({ apaleo: provider } as ProviderRegistry);
    expect(loaders.users).toBe(loaders.users);
    const [a, b] = await Promise.all([loaders.users.load(entityKey('apaleo', 'a')), loaders.users.load(entityKey('apaleo', 'b'))]);
    expect([a?.id, b?.id]).toEqual(['a', 'b']);
    expect(calls).toEqual([['a', 'b']]);
    loaders.clearAll();
    await loaders.users.load(entityKey('apaleo', 'a'));
    expect(calls).toEqual([['a', 'b'], ['a']]);
  });
});

describe('the request log', () => {
  it('lets go of its record of a request when the response goes out (after setting x-request-id)', () => {
    const plugin = useRequestLog(createLogger({ level: 'silent', format: 'json' }));
    const request = new Request('http://idgraph.test/graphql', { headers: { 'x-request-id': 'req-123' } });
    (plugin.onRequest as (p: unknown) => void)({ request });
    expect(requestIdOf(request)).toBe('req-123');
    const response = new Response('{}');
    (plugin.onResponse as (p: unknown) => void)({ request, response, serverContext: {} });
    expect(response.headers.get('x-request-id')).toBe('req-123');
    expect(requestIdOf(request)).toBeUndefined();
  });
});
