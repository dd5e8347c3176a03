/**
 * Issue 13 (item 6): the cursor key belongs to the app, not to a module. Two apps in one process
 * with different CURSOR_SECRETs refuse each other's cursors; two with the same secret (replicas)
 * accept them; an app without a secret has a random key of its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

const PAGE = graphql(`
  query CursorSecretPage($after: String) {
    users(provider: APALEO, first: 2, after: $after) {
      edges { node { id } }
      pageInfo { endCursor }
    }
  }
`);

describe('cursor keys per app', () => {
  let a: TestApp;
  let b: TestApp;
  let a2: TestApp;
  let random: TestApp;
  beforeAll(async () => {
    [a, b, a2, random] = await Promise.all([
      createTestApp({ CURSOR_SECRET: 'secret-of-app-a-0123456789abcdef' }, { providers: ['apaleo'] }),
      createTestApp({ CURSOR_SECRET: 'secret-of-app-b-0123456789abcdef' }, { providers: ['apaleo'] }),
      createTestApp({ CURSOR_SECRET: 'secret-of-app-a-0123456789abcdef' }, { providers: ['apaleo'] }),
      createTestApp({}, { providers: ['apaleo'] }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a, b, a2, random].map((app) => app?.close()));
  });

  it('an app with the same secret follows the cursor; one with another secret or none refuses it', async () => {
    const first = await a.gql(PAGE, {});
    const cursor = first.data?.users.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    const next = await a.gql(PAGE, { after: cursor });
    expect(next.errors).toBeUndefined();

    const replica = await a2.gql(PAGE, { after: cursor });
    expect(replica.errors).toBeUndefined();
    // The simulators of the two apps are seeded alike, so the same window answers the same provider ids.
    expect(replica.data?.users.edges.length).toBe(next.data?.users.edges.length);

    for (const other of [b, random]) {
      const refused = await other.gql(PAGE, { after: cursor });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(refused.errors?.[0]?.message).toMatch(/after.*not a cursor issued by this API/);
    }
    // And the other way round: b's cursors are b's alone, though b started after a.
    const fromB = (await b.gql(PAGE, {})).data?.users.pageInfo.endCursor;
    expect((await a.gql(PAGE, { after: fromB })).errors?.[0]?.message).toMatch(/not a cursor issued by this API/);
    expect((await b.gql(PAGE, { after: fromB })).errors).toBeUndefined();
  });
});
