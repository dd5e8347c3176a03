import { ms, timed, type BenchRow } from './lib.js';
import { startBenchServer } from './server.js';

const LATENCY_MS = 20;

export async function benchAuthress(): Promise<BenchRow[]> {
  const app = await startBenchServer({ APALEO_ENABLED: 'false', SANDBOX_LATENCY_MS: String(LATENCY_MS) });
  const sim = app.runtime.simulators.authress!;
  const rows: BenchRow[] = [];
  try {
    await app.query('{ users(provider: AUTHRESS, first: 1) { edges { cursor } } }'); // warm the token and the pool

    sim.resetCounts();
    let after: string | null = null;
    let users = 0;
    const walk = await timed(async () => {
      for (;;) {
        const res: any = await app.query(
          'query($after: String) { users(provider: AUTHRESS, first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
          { after },
        );
        users += res.data.users.edges.length;
        if (!res.data.users.pageInfo.hasNextPage) break;
        after = res.data.users.pageInfo.endCursor;
      }
    });
    rows.push({
      provider: 'authress',
      name: '(a) walk all users, first: 100: upstream calls, wall time',
      value: `${sim.count('users.list')} list calls, ${ms(walk.ms)}`,
      note: `${users} users returned; ${LATENCY_MS} ms per call`,
    });

    sim.resetCounts();
    const big = await timed(() => app.query('{ users(provider: AUTHRESS, first: 250) { edges { node { id } } } }'));
    rows.push({
      provider: 'authress',
      name: '(b) users(first: 250): upstream calls, wall time',
      value: `${sim.count('users.list')} calls, ${ms(big.ms)}`,
      note: `${big.result.data.users.edges.length} users; ${LATENCY_MS} ms injected; cursors are sequential (no concurrency possible)`,
    });

    sim.resetCounts();
    const tenants = await timed(() => app.query('{ users(provider: AUTHRESS, first: 100) { edges { node { id tenants { name } } } } }'));
    const tenantCalls = sim.count('tenants.list') + sim.count('tenants.get');
    rows.push({
      provider: 'authress',
      name: '(c) 100 users with tenants: upstream calls',
      value: `${tenantCalls} tenants call, ${sim.count('users.list') - 1} tenant-member pages, ${sim.count()} calls in all, ${ms(tenants.ms)}`,
      note: 'User.tenants via a per-request DataLoader: one tenants list + each tenant walked once (concurrently)',
    });

    sim.resetCounts();
    const ids = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'tyrell'].map((n) =>
      Buffer.from(`Tenant:authress:tenant-${n}`).toString('base64url'),
    );
    await app.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [...ids, ...ids] });
    rows.push({
      provider: 'authress',
      name: '(d) 16 tenant node ids (8 distinct): upstream calls',
      value: `${sim.count('tenants.list')} list, ${sim.count('tenants.get')} get`,
      note: 'tenants loader: one list call per batch of several ids',
    });
  } finally {
    await app.close();
  }
  return rows;
}

/** The provider's rows of `npm run bench` (test/bench/run.ts finds this file by the registry id). */
export default benchAuthress;
