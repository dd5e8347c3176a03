import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graphql/global-id.js';
import { CatalogCache } from '../../src/shared/catalog-cache.js';
import { MemoryStore } from '../../src/shared/store.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

describe('CatalogCache', () => {
  it('loads once for concurrent misses, serves from the store within the TTL, and invalidates for every replica', async () => {
    let now = 0;
    const store = new MemoryStore(() => now);
    const a = new CatalogCache(store, 'p', 1_000);
    const b = new CatalogCache(store, 'p', 1_000);
    let loads = 0;
    const load = async () => {
      loads += 1;
      return { version: loads };
    };
    const [x, y] = await Promise.all([a.get('roles', load), a.get('roles', load)]);
    expect(x).toEqual({ version: 1 });
    expect(y).toEqual({ version: 1 });
    // Another replica on the same store: no load.
    expect(await b.get('roles', load)).toEqual({ version: 1 });
    expect(loads).toBe(1);
    await b.invalidate('roles');
    expect(await a.get('roles', load)).toEqual({ version: 2 });
    now += 1_000;
    expect(await b.get('roles', load)).toEqual({ version: 3 });
  });
});

describe('Authress User.tenants on the shared membership cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ AUTHRESS_CATALOG_TTL_MS: '60000' });
  });
  afterAll(async () => {
    await app.close();
  });
  const QUERY = graphql(`query CatalogCacheUsers { users(provider: AUTHRESS, first: 20) { edges { node { providerId tenants { providerId } } } } }`);

  it("costs no tenant calls on a warm cache, and sees idgraph's own change at once", async () => {
    const sim = app.runtime.sandboxes.authress!.server;
    const cold = await app.gql(QUERY);
    expect(cold.errors).toBeUndefined();
    const before = sim.count();
    const warm = await app.gql(QUERY);
    expect(warm.data).toEqual(cold.data);
    // One users page; no tenants list and no per-tenant walks.
    expect(sim.count() - before).toBe(1);

    const edges = (warm.data as any).users.edges as { node: { providerId: string; tenants: { providerId: string }[] } }[];
    const user = edges.find((e) => e.node.tenants[0]?.providerId !== 'tenant-tyrell')!.node;
    const added = await app.gql(
      graphql(
        `mutation CatalogCacheAddUserToTenant($u: ID!, $t: ID!) { addUserToTenant(input: { userId: $u, tenantId: $t }) { __typename ... on User { tenants { providerId } } } }`,
      ),
      { u: encodeId('User', `authress:${user.providerId}`), t: encodeId('Tenant', 'authress:tenant-tyrell') },
    );
    expect((added.data as any).addUserToTenant).toEqual({ __typename: 'User', tenants: [{ providerId: 'tenant-tyrell' }] });
    const after = await app.gql(QUERY);
    const again = ((after.data as any).users.edges as typeof edges).find((e) => e.node.providerId === user.providerId)!;
    expect(again.node.tenants).toEqual([{ providerId: 'tenant-tyrell' }]);
  });
});

describe('Apaleo role names on the shared catalog cache', () => {
  it('are fetched once within the TTL, by every request', async () => {
    const app = await createTestApp({ APALEO_CATALOG_TTL_MS: '60000' });
    try {
      const sim = app.runtime.sandboxes.apaleo!.server;
      const QUERY = graphql(`query CatalogCacheRoles { roles(provider: APALEO, first: 50) { edges { node { name } } } }`);
      const first = await app.gql(QUERY);
      expect(first.errors).toBeUndefined();
      expect((first.data as any).roles.edges.length).toBeGreaterThan(0);
      for (let i = 0; i < 3; i += 1) expect((await app.gql(QUERY)).data).toEqual(first.data);
      expect(sim.count('roles.list')).toBe(1);
    } finally {
      await app.close();
    }
  });
});

describe('Logto organizations and organization roles on the shared catalog cache', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ LOGTO_CATALOG_TTL_MS: '60000' });
  });
  afterAll(async () => {
    await app.close();
  });

  it('reads organizations and roles once within the TTL, but every invitation and membership read goes upstream', async () => {
    const sim = app.runtime.sandboxes.logto!.server;
    const CATALOGS = graphql(
      `query CatalogCacheRoles2 { roles(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } tenants(provider: LOGTO, first: 50) { totalCount edges { node { providerId name } } } }`,
    );
    const STATUS = graphql(
      `query CatalogCacheInvitations { invitations(provider: LOGTO, first: 100) { totalCount edges { node { id status tenant { providerId name } } } } }`,
    );
    const cold = await app.gql(CATALOGS);
    expect(cold.errors).toBeUndefined();
    expect((cold.data as any).roles.edges.length).toBeGreaterThan(0);
    expect((cold.data as any).tenants.edges.length).toBeGreaterThan(0);
    const first = await app.gql(STATUS);
    expect(first.errors).toBeUndefined();
    sim.resetCounts();
    const warm = await app.gql(CATALOGS);
    expect(warm.data).toEqual(cold.data);
    expect(sim.count('roles.list')).toBe(0);
    expect(sim.count('organizations.list')).toBe(0);

    // An invitation's status is never cached: a status change made upstream shows at once.
    const sandbox = app.runtime.sandboxes.logto!;
    const pending = sandbox.invitations.find((i) => i.status === 'Pending' && i.expiresAt > Date.now())!;
    pending.status = 'Revoked';
    const again = await app.gql(STATUS);
    const statuses = (data: any) => (data.invitations.edges as { node: { status: string } }[]).map((e) => e.node.status);
    const revoked = (data: any) => statuses(data).filter((s) => s === 'REVOKED').length;
    expect(revoked(again.data)).toBe(revoked(first.data) + 1);
    expect(sim.count('invitations.list')).toBeGreaterThan(0);
  });
});
