import { ms, percentile, timed, type BenchRow } from './lib.js';
import { load, startBenchServer } from './server.js';

const LATENCY_MS = 20;

export async function benchApaleo(): Promise<BenchRow[]> {
  const app = await startBenchServer({ SANDBOX_LATENCY_MS: String(LATENCY_MS) });
  const sim = app.runtime.simulators.apaleo!;
  const rows: BenchRow[] = [];
  try {
    await app.query('{ users(provider: APALEO, first: 1) { totalCount } }'); // warm the token and the pool

    sim.resetCounts();
    const big = await timed(() => app.query('{ users(provider: APALEO, first: 500) { totalCount edges { node { id } } } }'));
    const got = big.result.data.users.edges.length;
    rows.push({
      provider: 'apaleo',
      name: '(a) users(first: 500): upstream calls, wall time',
      value: `${sim.count('users.list')} calls, ${ms(big.ms)}`,
      note: `${got} users returned; ${LATENCY_MS} ms per call; one page, then the rest concurrently`,
    });

    sim.resetCounts();
    await app.query('{ users(provider: APALEO, first: 100) { edges { node { id roles { name } apaleo { propertyRoles { roles { name } } } } } } }');
    rows.push({
      provider: 'apaleo',
      name: '(b) 100 users with roles: upstream calls',
      value: `${sim.count('roles.list')} roles call, ${sim.count()} calls in all`,
      note: 'roles resolve through a per-request DataLoader',
    });

    const list = await app.query('{ users(provider: APALEO, first: 1) { edges { node { providerId } } } }');
    const id = list.data.users.edges[0].node.providerId as string;
    const overheads: number[] = [];
    for (let i = 0; i < 200; i += 1) {
      sim.resetCounts();
      const { ms: total } = await timed(() => app.query('query($id: String!) { user(provider: APALEO, id: $id) { email } }', { id }));
      overheads.push(total - sim.count() * LATENCY_MS);
    }
    overheads.sort((a, b) => a - b);
    rows.push({
      provider: 'apaleo',
      name: '(c) idgraph overhead, one user lookup (warm)',
      value: `p50 ${ms(percentile(overheads, 50))}, p99 ${ms(percentile(overheads, 99))}`,
      note: `wall time minus ${LATENCY_MS} ms per upstream call, 200 sequential lookups`,
    });

    const seconds = 5;
    const run = await load(32, seconds, async () => {
      await app.query('{ users(provider: APALEO, first: 20) { edges { node { id email } } } }');
    });
    rows.push({
      provider: 'apaleo',
      name: '(d) users(first: 20), 32 concurrent clients',
      value: `${(run.count / seconds).toFixed(0)} req/s`,
      note: `p50 ${ms(percentile(run.latencies, 50))}, p99 ${ms(percentile(run.latencies, 99))}, ${LATENCY_MS} ms upstream`,
    });
  } finally {
    await app.close();
  }
  return rows;
}

/** The provider's rows of `npm run bench` (test/bench/run.ts finds this file by the registry id). */
export default benchApaleo;
