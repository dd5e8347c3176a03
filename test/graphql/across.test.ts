/**
 * Issue 6 over all four simulators: lists without `provider`, one provider failing, and global ids of
 * every type and provider through node and nodes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
const PROVIDERS = ['APALEO', 'AUTHRESS', 'LOGTO', 'LUMAPPS'];

beforeAll(async () => {
  app = await createTestApp();
});
afterEach(() => {
  for (const sim of Object.values(app.runtime.simulators)) sim?.resetKnobs();
});
afterAll(() => app.close());

async function walk(list: 'users' | 'invitations' | 'roles' | 'tenants', first: number, provider?: string) {
  const ids: string[] = [];
  const providersSeen: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages += 1) {
    const res: GqlResponse = await app.gql(
      `query($first: Int, $after: String) { ${list}(${provider ? `provider: ${provider}, ` : ''}first: $first, after: $after) {
        edges { node { id provider } } pageInfo { hasNextPage endCursor } } }`,
      { first, after },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const conn: any = res.data![list];
    for (const edge of conn.edges) {
      ids.push(edge.node.id);
      if (providersSeen.at(-1) !== edge.node.provider) providersSeen.push(edge.node.provider);
    }
    if (!conn.pageInfo.hasNextPage) return { ids, providersSeen };
    after = conn.pageInfo.endCursor;
  }
  throw new Error('walk did not end');
}

describe('lists without provider', () => {
  it('walk every provider’s users in the fixed provider order, across page boundaries, with no duplicates and no gaps', async () => {
    const all = await walk('users', 173);
    expect(new Set(all.ids).size).toBe(all.ids.length);
    expect(all.providersSeen).toEqual(PROVIDERS);
    const perProvider: string[] = [];
    for (const provider of PROVIDERS) perProvider.push(...(await walk('users', 500, provider)).ids);
    expect(all.ids).toEqual(perProvider);
  }, 60_000);

  it('sign one cross-provider page once: every edge cursor is one token plus its index, and each resumes right after its edge', async () => {
    const PAGE = 'query($first: Int, $after: String) { users(first: $first, after: $after) { edges { cursor node { id provider } } } }';
    const big: GqlResponse = await app.gql(PAGE, { first: 400 });
    expect(big.errors).toBeUndefined();
    const edges = (big.data as any).users.edges as { cursor: string; node: { id: string; provider: string } }[];
    const providers = [...new Set(edges.map((e) => e.node.provider))];
    expect(providers.length).toBeGreaterThan(1);
    const tokens = new Set(edges.map((e) => e.cursor.slice(0, e.cursor.lastIndexOf('.'))));
    expect(tokens.size).toBe(1);
    expect([...tokens][0]!.startsWith('c4.')).toBe(true);
    // In the middle of a provider, at its last item, and at the next provider's first.
    const boundary = edges.findIndex((e) => e.node.provider !== edges[0]!.node.provider);
    for (const at of [0, 57, boundary - 1, boundary, edges.length - 2]) {
      const next: GqlResponse = await app.gql(PAGE, { first: 5, after: edges[at]!.cursor });
      expect(next.errors).toBeUndefined();
      const ids = ((next.data as any).users.edges as { node: { id: string } }[]).map((e) => e.node.id);
      expect(ids.slice(0, Math.min(5, edges.length - at - 1)), `after edge ${at}`).toEqual(edges.slice(at + 1, at + 6).map((e) => e.node.id));
    }
    // An index past the token's edges, or a tampered one, is refused.
    const token = [...tokens][0]!;
    for (const forged of [`${token}.${edges.length}`, `${token}.x`, `${token.slice(0, -3)}abc.1`]) {
      const r: GqlResponse = await app.gql(PAGE, { first: 5, after: forged });
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });

  it('do the same for invitations, roles and tenants of the providers that have them', async () => {
    for (const list of ['invitations', 'roles', 'tenants'] as const) {
      const all = await walk(list, 7);
      expect(new Set(all.ids).size, list).toBe(all.ids.length);
      const expected: string[] = [];
      for (const provider of all.providersSeen) expected.push(...(await walk(list, 500, provider)).ids);
      expect(all.ids, list).toEqual(expected);
    }
  }, 60_000);

  it('keep the other providers’ items when one provider fails, naming it in the error', async () => {
    app.runtime.simulators.authress!.inject({ route: 'users.list', kind: 'status', status: 500 });
    const res = await app.gql(graphql(`query AcrossUsers { users(first: 500) { edges { node { provider } } pageInfo { hasNextPage } } }`));
    expect(res.data!.users.edges.length).toBeGreaterThan(0);
    const providers = new Set(res.data!.users.edges.map((e) => e.node.provider));
    expect(providers.has('AUTHRESS')).toBe(false);
    expect(providers.has('APALEO')).toBe(true);
    expect(res.errors).toContainEqual(
      expect.objectContaining({ path: ['users'], extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR', provider: 'AUTHRESS' }) }),
    );
  });

  it('report a filter a provider cannot honour as an error naming it, answering the others', async () => {
    const res = await app.gql(graphql(`query AcrossUsers2 { users(first: 5, filter: { propertyIds: ["BER"] }) { edges { node { provider } } } }`));
    expect(res.data!.users.edges.every((e) => e.node.provider === 'APALEO')).toBe(true);
    const named = (res.errors ?? []).map((e) => e.extensions?.provider);
    expect(named).toEqual(expect.arrayContaining(['AUTHRESS', 'LOGTO', 'LUMAPPS']));
    for (const error of res.errors ?? []) expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.propertyIds' });
  });

  it('reject a cursor of a single-provider list and backward paging', async () => {
    const single = await app.gql(graphql(`query AcrossUsers3 { users(provider: APALEO, first: 1) { pageInfo { endCursor } } }`));
    const res = await app.gql(graphql(`query AcrossUsers4($a: String) { users(first: 1, after: $a) { totalCount } }`), {
      a: single.data!.users.pageInfo.endCursor,
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const back = await app.gql(graphql(`query AcrossUsers5 { users(last: 3) { totalCount } }`));
    expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('global ids across providers', () => {
  it('round-trip every type of every provider through node and nodes, batched per provider', async () => {
    const ids: string[] = [];
    for (const provider of PROVIDERS) {
      for (const list of ['users', 'invitations', 'roles', 'tenants']) {
        // Built at run time (every list of every provider): typed here.
        const res = await app.gql<Record<string, { edges: { node: { id: string } }[] }>>(
          `{ ${list}(provider: ${provider}, first: 2) { edges { node { id } } } }`,
        );
        if (res.errors?.[0]?.extensions?.code === 'UNSUPPORTED_OPERATION') continue; // the provider has no such list
        expect(res.errors, `${provider} ${list}`).toBeUndefined();
        ids.push(...res.data![list]!.edges.map((e) => e.node.id));
      }
    }
    expect(ids.length).toBeGreaterThan(16);
    for (const sim of Object.values(app.runtime.simulators)) sim?.resetCounts();
    const res = await app.gql(graphql(`query AcrossNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes.map((n) => n!.id)).toEqual(ids);
    // LumApps answers all its users with one list call (user/list?ids=), however many were asked.
    expect(app.runtime.simulators.lumapps!.count('user.list')).toBe(1);
    expect(app.runtime.simulators.lumapps!.count('user.get')).toBe(0);
    for (const id of ids) {
      const one = await app.gql(graphql(`query AcrossNode($id: ID!) { node(id: $id) { id } }`), { id });
      expect(one.data!.node?.id, id).toBe(id);
    }
  }, 60_000);

  it('answer null for a missing object of each provider and BAD_USER_INPUT for an unknown type or provider', async () => {
    const missing = ['apaleo:00000000-0000-4000-a000-000000000000', 'authress:nobody', 'logto:nobody12345', 'lumapps:nobody'].map((k) =>
      Buffer.from(`User:${k}`).toString('base64url'),
    );
    const res = await app.gql(graphql(`query AcrossNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: missing });
    expect(res.errors).toBeUndefined();
    expect(res.data!.nodes).toEqual([null, null, null, null]);
    for (const bad of [Buffer.from('Gadget:apaleo:1').toString('base64url'), Buffer.from('User:okta:1').toString('base64url')]) {
      const r = await app.gql(graphql(`query AcrossNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: [bad] });
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('keep the other providers’ nodes when one provider fails', async () => {
    const a = await app.gql(graphql(`query AcrossUsers6 { users(provider: APALEO, first: 1) { edges { node { id } } } }`));
    const b = await app.gql(graphql(`query AcrossUsers7 { users(provider: AUTHRESS, first: 1) { edges { node { id } } } }`));
    const ids = [a.data!.users.edges[0]!.node.id, b.data!.users.edges[0]!.node.id];
    app.runtime.simulators.authress!.inject({ route: 'users.get', kind: 'status', status: 500 });
    app.runtime.simulators.authress!.inject({ route: 'users.list', kind: 'status', status: 500 });
    const res = await app.gql(graphql(`query AcrossNodes4($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(res.data!.nodes).toEqual([{ id: ids[0] }, null]);
    expect(res.errors).toEqual([
      expect.objectContaining({ path: ['nodes', 1], extensions: expect.objectContaining({ code: 'UPSTREAM_ERROR', provider: 'AUTHRESS' }) }),
    ]);
  });
});
