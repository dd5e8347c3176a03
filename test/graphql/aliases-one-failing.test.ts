/**
 * One failing provider never blanks what the others answered (DESIGN.md), also when one document asks
 * several providers through aliases of the single-provider lists (`a: users(provider: APALEO)`,
 * `b: users(provider: LOGTO)`). The lists are non-null in the contract, so the failing one answers an
 * empty page marked incomplete (like a cross-provider page lacking a provider's items) instead of
 * null, which would null `data` as a whole.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ HTTP_MAX_ATTEMPTS: '1', CIRCUIT_FAILURE_THRESHOLD: '1000' });
});
afterEach(() => {
  for (const sim of Object.values(app.runtime.simulators)) sim?.resetKnobs();
});
afterAll(() => app.close());

const TWO = graphql(`query AliasesTwoProviders {
  a: users(provider: APALEO, first: 3) { totalCount edges { cursor node { id provider } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
  b: users(provider: LOGTO, first: 3) { edges { node { id provider } } }
}`);

describe('aliases of single-provider lists, one provider failing', () => {
  it('keeps the healthy alias and marks the failing one incomplete, with the provider, operation and status', async () => {
    app.runtime.simulators.apaleo!.inject({ route: 'users.list', kind: 'status', status: 503 });
    const res = await app.gql(TWO);
    expect(res.status).toBe(200);
    expect(res.data).not.toBeNull();
    expect(res.data!.b.edges).toHaveLength(3);
    expect(res.data!.b.edges.every((e) => e.node.provider === 'LOGTO')).toBe(true);
    expect(res.data!.a).toEqual({
      totalCount: null,
      edges: [],
      pageInfo: { hasNextPage: true, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({
      path: ['a'],
      extensions: { code: 'UPSTREAM_ERROR', provider: 'APALEO', operation: expect.any(String), status: 503, incomplete: true },
    });
    expect(res.errors![0]!.message).toMatch(/ask again/);
  });

  it('asked again once the provider recovers, the same arguments answer the page', async () => {
    const res = await app.gql(TWO);
    expect(res.errors).toBeUndefined();
    expect(res.data!.a.edges).toHaveLength(3);
    expect(res.data!.a.totalCount).toBeGreaterThan(3);
  });

  it('roles, tenants and invitations lists too', async () => {
    app.runtime.simulators.logto!.inject({ route: 'organizations.list', kind: 'status', status: 500 });
    app.runtime.simulators.logto!.inject({ route: 'invitations.list', kind: 'status', status: 500 });
    const res = await app.gql(
      graphql(`query AliasesLists {
        t1: tenants(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }
        t2: tenants(provider: AUTHRESS, first: 2) { edges { node { id provider } } }
        i1: invitations(provider: LOGTO, first: 2) { edges { node { id } } pageInfo { hasNextPage } }
        i2: invitations(provider: APALEO, first: 2) { edges { node { id provider } } }
        r: roles(provider: APALEO, first: 2) { edges { node { name } } }
      }`),
    );
    expect(res.data!.t1).toEqual({ edges: [], pageInfo: { hasNextPage: true } });
    expect(res.data!.i1).toEqual({ edges: [], pageInfo: { hasNextPage: true } });
    expect(res.data!.t2.edges.length).toBeGreaterThan(0);
    expect(res.data!.i2.edges.length).toBeGreaterThan(0);
    expect(res.data!.r.edges.length).toBe(2);
    expect(res.errors!.map((e) => e.path)).toEqual(expect.arrayContaining([['t1'], ['i1']]));
    expect(res.errors!.every((e) => e.extensions?.incomplete === true && e.extensions?.provider === 'LOGTO')).toBe(true);
  });

  it('a tenant whose users fail keeps its siblings: the nested list answers an empty page marked incomplete', async () => {
    const NESTED = graphql(
      `query AliasesNested { tenants(provider: LOGTO, first: 20) { edges { node { name users(first: 2) { edges { node { id } } pageInfo { hasNextPage } } } } } }`,
    );
    const healthy = (await app.gql(NESTED)).data!.tenants.edges.map((e) => e.node);
    expect(healthy.filter((t) => t.users.edges.length > 0).length).toBeGreaterThan(1);
    app.runtime.simulators.logto!.inject({ route: 'organizations.users', kind: 'status', status: 502, times: 1 });
    const res = await app.gql(NESTED);
    expect(res.errors).toHaveLength(1);
    const at = res.errors![0]!.path!;
    expect(at).toEqual(['tenants', 'edges', expect.any(Number), 'node', 'users']);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'UPSTREAM_ERROR', provider: 'LOGTO', status: 502, incomplete: true } });
    const i = at[2] as number;
    const tenants = res.data!.tenants.edges.map((e) => e.node);
    expect(tenants[i]!.users).toEqual({ edges: [], pageInfo: { hasNextPage: true } });
    // Every other tenant answers as it did without the fault.
    expect(tenants.filter((_, j) => j !== i)).toEqual(healthy.filter((_, j) => j !== i));
  });

  it('the caller’s own mistakes still fail the request: a bad argument is not a provider failure', async () => {
    const res = await app.gql(
      graphql(
        `query AliasesBadArg { a: users(provider: APALEO, first: -3) { edges { node { id } } } b: users(provider: LOGTO, first: 1) { edges { node { id } } } }`,
      ),
    );
    expect(res.data).toBeNull();
    expect(res.errors![0]).toMatchObject({ path: ['a'], extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
