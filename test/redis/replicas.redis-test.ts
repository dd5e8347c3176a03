/**
 * Issue 16, "test it for real": a real Redis, three idgraph processes (`tsx src/main.ts`) and haproxy
 * in front, all on loopback, over one shared Authress simulator reached as a live provider.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graphql/global-id.js';
import type { AuthressSandbox } from '../../src/providers/authress/sandbox.js';
import { startUpstreams, type Upstreams } from '../helpers/live-app.js';
import { startRedis, type RedisServer } from './redis-server.js';
import { freePort, mutate, query, startHaproxy, startReplica, stopProcess, type Replica } from './cluster.js';

const RATE = 20;
const BURST = 5;

describe('three replicas behind haproxy on one Redis', () => {
  // Authress and Apaleo simulators, reached as live providers.
  let redis: RedisServer;
  let upstreams: Upstreams;
  let sim: AuthressSandbox;
  const replicas: Replica[] = [];
  let haproxy: ChildProcess;
  let lbPort: number;
  const dir = mkdtempSync(join(tmpdir(), 'idgraph-replicas-'));

  beforeAll(async () => {
    redis = await startRedis();
    upstreams = await startUpstreams(['authress', 'apaleo', 'logto']);
    sim = upstreams.authress!;
    const env = {
      ...upstreams.env,
      LOG_LEVEL: 'warn',
      IDGRAPH_ALLOW_UNAUTHENTICATED: 'true',
      REDIS_URL: redis.url,
      CURSOR_SECRET: 'replicas-test-cursor-secret-0123456789',
      AUTHRESS_RATE_LIMIT: String(RATE),
      AUTHRESS_RATE_BURST: String(BURST),
      AUTHRESS_CATALOG_TTL_MS: '60000',
      APALEO_CATALOG_TTL_MS: '60000',
      LOGTO_CATALOG_TTL_MS: '60000',
      HTTP_MAX_RETRY_DELAY_MS: '5000',
      // The embedded audit store is one process's file; replicas share a PostgreSQL (DATABASE_URL) instead.
      AUDIT_ENABLED: 'false',
    };
    const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    replicas.push(...(await Promise.all(['a', 'b', 'c'].map((name, i) => startReplica(name, ports[i]!, env)))));
    lbPort = ports[3]!;
    haproxy = await startHaproxy(dir, lbPort, replicas);
  }, 90_000);

  afterAll(async () => {
    if (haproxy) await stopProcess(haproxy);
    await Promise.all(replicas.map((r) => stopProcess(r.child)));
    await upstreams?.close();
    await redis?.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  const USER = 'query($id: String!) { user(provider: AUTHRESS, id: $id) { providerId } }';

  it('the provider budget holds across the three under load (calls per second at the simulator within rate + burst)', async () => {
    // Let the bucket refill after startup.
    await new Promise((resolve) => setTimeout(resolve, (BURST / RATE) * 1000 + 100));
    const server = sim.server;
    const samples: { t: number; n: number }[] = [];
    const sampler = setInterval(() => samples.push({ t: Date.now(), n: server.count('users.get') }), 50);
    const start = Date.now();
    samples.push({ t: start, n: server.count('users.get') });
    const ids = sim.users.slice(0, 60).map((u) => u.userId);
    const results = await Promise.all(ids.map((id) => query(lbPort, USER, { id })));
    clearInterval(sampler);
    samples.push({ t: Date.now(), n: server.count('users.get') });
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    }
    const elapsed = Date.now() - start;
    // 60 calls at 20/s after a burst of 5: at least (60 - 5) / 20 s.
    expect(elapsed).toBeGreaterThanOrEqual(((60 - BURST) / RATE) * 1000 - 100);
    for (const a of samples) {
      for (const b of samples) {
        if (b.t <= a.t) continue;
        // Calls that arrived between two samples: within rate × span + burst (+1 for sampling edges).
        expect(b.n - a.n).toBeLessThanOrEqual(Math.ceil((RATE * (b.t - a.t + 50)) / 1000) + BURST + 1);
      }
    }
  }, 30_000);

  it("one replica's 429 with Retry-After pauses the others", async () => {
    await new Promise((resolve) => setTimeout(resolve, 400));
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    sim.server.inject({
      route: 'users.get',
      kind: 'status',
      status: 429,
      headers: { 'retry-after': '2' },
      json: { errorCode: 'TooManyRequests', title: 'slow down' },
      times: 1,
    });
    const before = sim.server.count('users.get');
    const first = query(a.port, USER, { id: sim.users[0]!.userId });
    // Wait until A got its 429 (the simulator counted the call), then ask B and C.
    while (sim.server.count('users.get') === before) await new Promise((resolve) => setTimeout(resolve, 10));
    const asked = Date.now();
    const others = await Promise.all([b, c].map((r) => query(r.port, USER, { id: sim.users[1]!.userId }).then((x) => ({ ...x, ms: Date.now() - asked }))));
    for (const other of others) {
      expect(other.body.errors).toBeUndefined();
      // They waited out the pause A was told about (Retry-After: 2 s), without sending meanwhile.
      expect(other.ms).toBeGreaterThanOrEqual(1_700);
    }
    expect((await first).body.errors).toBeUndefined();
  }, 30_000);

  it('the tenant catalog and membership are fetched once for all replicas; a change through A is seen through B at once', async () => {
    const [a, b, c] = replicas as [Replica, Replica, Replica];
    const TENANTS = '{ users(provider: AUTHRESS, first: 10) { edges { node { providerId tenants { providerId } } } } }';
    const warm = await query(a.port, TENANTS);
    expect(warm.body.errors).toBeUndefined();
    const tenantLists = sim.server.count('tenants.list');
    const lists = sim.server.count('users.list');
    for (const r of [b, c, a]) expect((await query(r.port, TENANTS)).body.data).toEqual(warm.body.data);
    expect(sim.server.count('tenants.list')).toBe(tenantLists);
    // Only the one users page per request; no per-tenant walks.
    expect(sim.server.count('users.list') - lists).toBe(3);

    const node = (warm.body.data.users.edges as { node: { providerId: string; tenants: { providerId: string }[] } }[]).find(
      (e) => e.node.tenants[0]?.providerId !== 'tenant-tyrell',
    )!.node;
    const added = await mutate(a.port, 'mutation($u: ID!, $t: ID!) { addUserToTenant(input: { userId: $u, tenantId: $t }) { __typename } }', {
      u: encodeId('User', `authress:${node.providerId}`),
      t: encodeId('Tenant', 'authress:tenant-tyrell'),
    });
    expect(added.data.addUserToTenant.__typename).toBe('User');
    const seen = await query(b.port, TENANTS);
    const again = (seen.body.data.users.edges as { node: { providerId: string; tenants: { providerId: string }[] } }[]).find(
      (e) => e.node.providerId === node.providerId,
    )!;
    expect(again.node.tenants).toEqual([{ providerId: 'tenant-tyrell' }]);

    // Apaleo's role names: one roles call for all three replicas within the TTL.
    const ROLES = '{ roles(provider: APALEO, first: 50) { edges { node { name } } } }';
    const apaleo = upstreams.apaleo!.server;
    const rolesBefore = apaleo.count('roles.list');
    const answers = [];
    for (const r of [a, b, c, a, b, c]) answers.push((await query(r.port, ROLES)).body);
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(answers[0]!.data);
    }
    expect(apaleo.count('roles.list') - rolesBefore).toBe(1);

    // Logto's organization roles and organizations: one list call each for all three replicas.
    const LOGTO = '{ roles(provider: LOGTO, first: 50) { edges { node { name } } } tenants(provider: LOGTO, first: 50) { edges { node { name } } } }';
    const logto = upstreams.logto!.server;
    const logtoBefore = { roles: logto.count('roles.list'), orgs: logto.count('organizations.list') };
    const logtoAnswers = [];
    for (const r of [a, b, c, a, b, c]) logtoAnswers.push((await query(r.port, LOGTO)).body);
    for (const answer of logtoAnswers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual(logtoAnswers[0]!.data);
    }
    expect(logtoAnswers[0]!.data.roles.edges.length).toBeGreaterThan(0);
    expect(logto.count('roles.list') - logtoBefore.roles).toBe(1);
    expect(logto.count('organizations.list') - logtoBefore.orgs).toBe(1);
  }, 30_000);

  it('a cursor from A pages on B', async () => {
    const [a, b] = replicas as [Replica, Replica];
    const PAGE =
      'query($after: String) { users(provider: AUTHRESS, first: 3, after: $after) { edges { node { providerId } } pageInfo { endCursor hasNextPage } } }';
    const first = await query(a.port, PAGE);
    const cursor = first.body.data.users.pageInfo.endCursor as string;
    const onA = await query(a.port, PAGE, { after: cursor });
    const onB = await query(b.port, PAGE, { after: cursor });
    expect(onB.body.errors).toBeUndefined();
    // The same page (the next cursor differs: Authress's own cursor inside carries its issue time).
    expect(onB.body.data.users.edges).toEqual(onA.body.data.users.edges);
    expect(onB.body.data.users.edges).not.toEqual(first.body.data.users.edges);
  }, 30_000);

  it('stopping Redis mid-run loses no request; the replicas log it and reconnect', async () => {
    const ids = sim.users.slice(100, 130).map((u) => u.userId);
    const running = Promise.all(
      ids.map(async (id, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 40));
        return query(lbPort, USER, { id });
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await redis.stop();
    const results = await running;
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    }
    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (const r of replicas) {
      expect(r.output).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/? is unreachable/);
      expect(r.output.match(/is unreachable/g)!.length).toBe(1);
      expect(r.output).toMatch(/is back/);
    }
  }, 30_000);

  it('stopping one replica mid-run loses no idempotent request the balancer retries', async () => {
    const ids = sim.users.slice(200, 240).map((u) => u.userId);
    const running = Promise.all(
      ids.map(async (id, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 25));
        return query(lbPort, USER, { id });
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stopProcess(replicas[2]!.child, 'SIGKILL');
    const results = await running;
    for (const r of results) {
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.user.providerId).toBeTruthy();
    }
  }, 30_000);
});
