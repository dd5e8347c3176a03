/**
 * Issue 12 item 13: paging across providers while one provider fails. The composite cursor keeps the
 * failed provider's position, so later pages retry it and, once it recovers, nothing is lost; the
 * page that lacks its items says so.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import type { AcrossFailingPageQuery } from '../gql/graphql.js';

let app: TestApp;

beforeAll(async () => {
  // A high circuit threshold, so the breaker does not keep answering for the provider after it recovers.
  app = await createTestApp({ CIRCUIT_FAILURE_THRESHOLD: '1000' });
});
afterEach(() => {
  for (const sim of Object.values(app.runtime.simulators)) sim?.resetKnobs();
});
afterAll(() => app.close());

const PAGE = graphql(`query AcrossFailingPage($first: Int, $after: String) { users(first: $first, after: $after) {
  edges { node { id provider } } pageInfo { hasNextPage endCursor } } }`);

async function page(first: number, after: string | null): Promise<GqlResponse<AcrossFailingPageQuery>> {
  return app.gql(PAGE, { first, after });
}

describe('users across providers with a failing provider', () => {
  it('retries the failed provider on the next pages and loses nothing once it recovers', async () => {
    const healthy: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await page(60, after);
      expect(res.errors).toBeUndefined();
      healthy.push(...res.data!.users.edges.map((e) => e.node.id));
      if (!res.data!.users.pageInfo.hasNextPage) break;
      after = res.data!.users.pageInfo.endCursor;
    }
    const authressCount = (await app.gql(graphql(`query AcrossFailingUsers { users(provider: AUTHRESS, first: 500) { edges { node { id } } } }`))).data!.users
      .edges.length;
    expect(authressCount).toBeGreaterThan(0);

    app.runtime.simulators.authress!.inject({ route: 'users.list', kind: 'status', status: 500 });
    const seen: string[] = [];
    let incompletePages = 0;
    after = null;
    for (let pages = 0; pages < 100; pages += 1) {
      const res = await page(60, after);
      const conn = res.data!.users;
      seen.push(...conn.edges.map((e) => e.node.id));
      const incomplete = (res.errors ?? []).filter((e) => e.extensions?.incomplete === true);
      if (incomplete.length > 0) {
        incompletePages += 1;
        expect(incomplete[0]).toMatchObject({ path: ['users'], extensions: { code: 'UPSTREAM_ERROR', provider: expect.stringMatching(/^authress$/i) } });
        expect(conn.pageInfo.hasNextPage).toBe(true);
        // Two pages lacking AUTHRESS, then it recovers.
        if (incompletePages === 2) app.runtime.simulators.authress!.resetKnobs();
      }
      expect(conn.edges.every((e) => e.node.provider !== 'AUTHRESS') || incompletePages >= 2).toBe(true);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(incompletePages).toBe(2);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual([...healthy].sort());
  }, 60_000);

  it('says the page is incomplete even when the failing provider is the last one', async () => {
    const lumapps = (await app.gql(graphql(`query AcrossFailingUsers2 { users(provider: LUMAPPS, first: 500) { edges { node { id } } } }`))).data!.users.edges
      .length;
    app.runtime.simulators.lumapps!.inject({ route: 'user.list', kind: 'status', status: 500 });
    let after: string | null = null;
    let failedPage: GqlResponse<any> | null = null;
    for (let pages = 0; pages < 20 && !failedPage; pages += 1) {
      const res = await page(500, after);
      if (res.errors) failedPage = res;
      else after = res.data!.users.pageInfo.endCursor;
    }
    expect(failedPage!.data!.users.pageInfo.hasNextPage).toBe(true);
    expect(failedPage!.errors).toContainEqual(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR', incomplete: true }) }));
    app.runtime.simulators.lumapps!.resetKnobs();
    after = failedPage!.data!.users.pageInfo.endCursor;
    let found = 0;
    for (let pages = 0; pages < 20; pages += 1) {
      const res = await page(500, after);
      expect(res.errors).toBeUndefined();
      found += res.data!.users.edges.filter((e) => e.node.provider === 'LUMAPPS').length;
      if (!res.data!.users.pageInfo.hasNextPage) break;
      after = res.data!.users.pageInfo.endCursor;
    }
    expect(found).toBe(lumapps);
  });

  it('names the list, not a provider, when asked to page backwards', async () => {
    const res = await app.gql(graphql(`query AcrossFailingUsers3 { users(last: 3) { totalCount } }`));
    expect(res.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "BAD_USER_INPUT",
            "field": "last",
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "last: lists across providers page forwards only; use first and after, or give \`provider\` to page one provider backwards",
          "path": [
            "users",
          ],
        },
      ]
    `);
    expect(res.errors?.[0]?.message).not.toMatch(/APALEO/);
  });
});
