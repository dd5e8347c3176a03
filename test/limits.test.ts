import { parse, validate } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitRules, measure, parseWithTokenLimit, type QueryLimits } from '../src/graphql/limits.js';
import { schema } from '../src/graphql/public-schema.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { graphql } from './gql/index.js';

const m = (query: string, variables?: Record<string, unknown>) => measure(schema, parse(query), null, variables);
/** The typed errors of armor's depth, alias and directive rules for one document. */
const refusals = (query: string, limits: Partial<QueryLimits> = {}): Record<string, unknown>[] =>
  validate(schema, parse(query), limitRules({ ...DEFAULT_LIMITS, ...limits })).map((e) => ({
    message: e.message,
    ...(e.extensions as Record<string, unknown>),
  }));

describe('measure', () => {
  it('counts one per field and multiplies a connection by its page size', () => {
    expect(m('{ users(provider: APALEO, first: 10) { edges { node { id email } } } }')).toEqual({ cost: 1 + 10 * 4 });
    expect(m('{ users(provider: APALEO) { totalCount } }').cost).toBe(1 + 20);
    expect(m('query($n: Int) { users(provider: APALEO, last: $n) { totalCount } }', { n: 7 }).cost).toBe(1 + 7);
  });

  it('nested connections multiply', () => {
    const q = '{ tenants(provider: APALEO, first: 10) { edges { node { users(first: 50) { edges { node { id } } } } } } }';
    expect(m(q).cost).toBe(1 + 10 * (1 + 1 + (1 + 50 * 3)));
    expect(refusals(q, { maxDepth: 7 })).toEqual([]);
    expect(refusals(q, { maxDepth: 6 })).toEqual([
      { message: 'Query depth 7 exceeds the maximum of 6', code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 6, actual: 7 },
    ]);
  });

  it('follows fragments, counts aliases and ignores introspection', () => {
    const q = `query { a: providers { ...P } b: providers { provider } __schema { types { name fields { name type { name ofType { name ofType { name } } } } } } }
      fragment P on ProviderInfo { provider circuit { state } }`;
    expect(m(q)).toEqual({ cost: 1 + 3 + 2 });
    // Depth 3 (a fragment adds no level; __schema is not counted), 2 aliases.
    expect(refusals(q, { maxDepth: 3, maxAliases: 2 })).toEqual([]);
    expect(refusals(q, { maxDepth: 2, maxAliases: 1 }).map((e) => [e.limit, e.actual])).toEqual([
      ['depth', 3],
      ['aliases', 2],
    ]);
    expect(refusals('{ a: __typename b: providers { c: __typename provider } }', { maxAliases: 1 })).toEqual([]);
  });

  it('counts directives (default 50) and tokens (armor rules, idgraph errors)', () => {
    const q = (n: number) => `query($t: Boolean!) { providers { provider ${Array.from({ length: n }, () => '@include(if: $t)').join(' ')} } }`;
    expect(refusals(q(50))).toEqual([]);
    expect(refusals(q(51))).toEqual([
      { message: 'Query uses 51 directives; the maximum is 50', code: 'QUERY_TOO_COMPLEX', limit: 'directives', maximum: 50, actual: 51 },
    ]);
    expect(parseWithTokenLimit('{ providers { provider } }', 6).kind).toBe('Document');
    expect(() => parseWithTokenLimit('{ providers { provider } }', 5)).toThrow(
      expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 5 } }),
    );
  });
});

describe('query limits over GraphQL', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ QUERY_MAX_DEPTH: '6', QUERY_MAX_COST: '2000', QUERY_MAX_ALIASES: '3', QUERY_MAX_TOKENS: '200', QUERY_MAX_DIRECTIVES: '2' });
  });
  afterAll(() => app.close());

  const expectLimit = async (query: string, limit: string, variables?: Record<string, unknown>) => {
    const sim = app.runtime.simulators.apaleo!;
    sim.resetCounts();
    const r = await app.gql(query, variables);
    expect(r.status).toBeLessThan(500);
    expect(r.data).toBeNull();
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit });
    expect(sim.count()).toBe(0);
    return r.errors![0]!;
  };

  it('refuses a query deeper than QUERY_MAX_DEPTH', async () => {
    const e = await expectLimit('{ users(provider: APALEO, first: 1) { edges { node { tenants { users(first: 1) { edges { node { id } } } } } } } }', 'depth');
    expect(e.extensions).toMatchObject({ maximum: 6, actual: 8 });
    expect(e.message).toMatch(/depth 8 exceeds the maximum of 6/);
  });

  it('a depth, alias or token refusal is a request error: 400 for application/graphql-response+json, 200 for application/json', async () => {
    const query = JSON.stringify({
      query: '{ users(provider: APALEO, first: 1) { edges { node { tenants { users(first: 1) { edges { node { id } } } } } } } }',
    });
    for (const [accept, status] of [
      ['application/graphql-response+json', 400],
      ['application/json', 200],
    ] as const) {
      const r = await app.fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept }, body: query });
      expect(r.status).toBe(status);
      expect(await r.json()).toEqual({
        errors: [expect.objectContaining({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth', maximum: 6, actual: 8 } })],
      });
    }
  });

  it('refuses a query whose cost exceeds QUERY_MAX_COST, counting page sizes from variables', async () => {
    await expectLimit('query($n: Int) { users(provider: APALEO, first: $n) { edges { node { id email displayName } } } }', 'cost', { n: 500 });
    const ok = await app.gql(graphql(`query LimitsUsers($n: Int) { users(provider: APALEO, first: $n) { edges { node { id } } } }`), { n: 5 });
    expect(ok.errors).toBeUndefined();
  });

  it('measures again when a variable can change the cost (the same document, measured once when none can)', async () => {
    const pageOf = 'query LimitsPageOf($n: Int) { users(provider: APALEO, first: $n) { edges { node { id email displayName } } } }';
    expect((await app.gql(pageOf, { n: 5 })).errors).toBeUndefined();
    await expectLimit(pageOf, 'cost', { n: 500 });
    expect((await app.gql(pageOf, { n: 5 })).errors).toBeUndefined();
    const filtered = 'query LimitsFiltered($f: UserFilter) { users(provider: APALEO, first: 5, filter: $f) { totalCount } }';
    expect((await app.gql(filtered, { f: { propertyIds: ['BER'] } })).errors).toBeUndefined();
    await expectLimit(filtered, 'list', { f: { propertyIds: Array.from({ length: 101 }, (_, i) => `P${i}`) } });
    // A String variable cannot change the measure: measured once, refused every time.
    const byEmail =
      'query LimitsByEmail($e: String) { users(provider: APALEO, first: 500, filter: { email: $e }) { edges { node { id email displayName } } } }';
    await expectLimit(byEmail, 'cost', { e: 'a@people.example.com' });
    await expectLimit(byEmail, 'cost', { e: 'b@people.example.com' });
    const small = 'query LimitsByEmailSmall($e: String) { users(provider: APALEO, first: 5, filter: { email: $e }) { totalCount } }';
    expect((await app.gql(small, { e: 'a@people.example.com' })).errors).toBeUndefined();
    expect((await app.gql(small, { e: 'b@people.example.com' })).errors).toBeUndefined();
  });

  it('refuses more directives than QUERY_MAX_DIRECTIVES', async () => {
    const e = await expectLimit('{ providers @skip(if: false) { provider @include(if: true) mode @include(if: true) } }', 'directives');
    expect(e).toMatchObject({ message: 'Query uses 3 directives; the maximum is 2', extensions: { maximum: 2, actual: 3 } });
    expect((await app.gql('{ providers @skip(if: false) { provider @include(if: true) } }')).errors).toBeUndefined();
  });

  it('refuses more aliases than QUERY_MAX_ALIASES', async () => {
    const e = await expectLimit('{ a: providers { provider } b: providers { provider } c: providers { provider } d: providers { provider } }', 'aliases');
    expect(e).toMatchObject({ message: 'Query uses 4 aliases; the maximum is 3', extensions: { maximum: 3, actual: 4 } });
  });

  it('refuses more tokens than QUERY_MAX_TOKENS', async () => {
    const wide = `{ providers { ${Array.from({ length: 250 }, () => 'provider').join(' ')} } }`;
    const e = await expectLimit(wide, 'tokens');
    expect(e).toMatchObject({ message: 'The query has more than 200 tokens; the maximum is 200', extensions: { maximum: 200 } });
  });

  it('first/last above 500 is a BAD_USER_INPUT naming the argument', async () => {
    const big = await createTestApp();
    try {
      const r = await big.gql(graphql(`query LimitsUsers2 { users(provider: APALEO, first: 501) { totalCount } }`));
      expect(r.errors).toMatchInlineSnapshot(`
        [
          {
            "extensions": {
              "code": "BAD_USER_INPUT",
              "field": "first",
            },
            "locations": [
              {
                "column": 3,
                "line": 3,
              },
            ],
            "message": "first: must be between 1 and 500 (got 501)",
            "path": [
              "users",
            ],
          },
        ]
      `);
    } finally {
      await big.close();
    }
  });

  it('has documented defaults', () => {
    expect(DEFAULT_LIMITS).toEqual({ maxDepth: 12, maxCost: 10_000, maxAliases: 30, maxTokens: 3_000, maxListLength: 100, maxDirectives: 50 });
  });
});

describe('transport security', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ INTROSPECTION: 'false' });
  });
  afterAll(() => app.close());

  it('refuses a simple (preflight-free) cross-site request, and accepts it with a CSRF header', async () => {
    const body = JSON.stringify({ query: '{ providers { provider } }' });
    const refused = await app.raw(body, { 'content-type': 'text/plain' });
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('CSRF_PREVENTED');
    const form = await app.raw('query=%7B+providers+%7B+provider+%7D+%7D', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(403);
    const allowed = await app.raw(body, { 'content-type': 'text/plain', 'x-graphql-yoga-csrf': '1' });
    expect(allowed.status).not.toBe(403);
    const json = await app.raw(body);
    expect(JSON.parse(json.text).data.providers.length).toBeGreaterThan(0);
  });

  it('GraphiQL follows the configuration and its page is not blocked by CSRF prevention', async () => {
    const { createApp } = await import('../src/app.js');
    const page = (graphiql: boolean) =>
      createApp({ providers: app.runtime.providers, graphiql, logLevel: 'silent' }).fetch('http://idgraph.test/graphql', { headers: { accept: 'text/html' } });
    const on = await page(true);
    expect(on.status).toBe(200);
    expect(await on.text()).toMatch(/graphiql/i);
    const off = await page(false);
    expect(off.headers.get('content-type') ?? '').not.toMatch(/html/);
  });

  it('answers introspection only when the configuration allows it', async () => {
    const off = await app.gql(graphql(`query LimitsSchema { __schema { queryType { name } } }`));
    expect(off.data).toBeNull();
    expect(off.errors![0]!.message).toMatch(/introspection/i);
    expect(off.errors![0]!.extensions!.code).toBeTypeOf('string');
    const sandbox = await createTestApp();
    try {
      const on = await sandbox.gql(graphql(`query LimitsSchema2 { __schema { queryType { name } } }`));
      expect(on.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    } finally {
      await sandbox.close();
    }
  });
});
