import { ms, percentile, timed, type BenchRow } from './lib.js';
import { load, startBenchServer } from './server.js';

const LATENCY_MS = 20;
const FULL =
  '{ invitations(provider: LOGTO, first: 60) { totalCount edges { node { id email status tenant { name } roles { name } inviter { email } acceptedBy { email } } } } }';

export async function benchLogto(): Promise<BenchRow[]> {
  const app = await startBenchServer({ SANDBOX_LATENCY_MS: String(LATENCY_MS), APALEO_ENABLED: 'false' });
  const sim = app.runtime.simulators.logto!;
  const rows: BenchRow[] = [];
  try {
    await app.query(FULL); // warm the token, the pool and the JIT

    sim.resetCounts();
    const full = await timed(() => app.query(FULL));
    const got = full.result.data.invitations.edges.length;
    const detail = ['invitations.list', 'users.list', 'users.get', 'organizations.list', 'organizations.get', 'roles.list', 'roles.get']
      .map((route) => [route, sim.count(route)] as const)
      .filter(([, n]) => n > 0)
      .map(([route, n]) => `${route} ${n}`)
      .join(', ');
    rows.push({
      provider: 'logto',
      name: '(a) 60 invitations with inviter, acceptedBy, tenant, roles: upstream calls, wall time',
      value: `${sim.count()} calls, ${ms(full.ms)}`,
      note: `${got} invitations (5 inviters); ${detail}; ${LATENCY_MS} ms per call`,
    });

    const overheads: number[] = [];
    for (let i = 0; i < 100; i += 1) {
      sim.resetCounts();
      const { ms: total } = await timed(() => app.query(FULL));
      // The loaders run concurrently after the list: two upstream round trips on the critical path.
      overheads.push(total - 2 * LATENCY_MS);
    }
    overheads.sort((a, b) => a - b);
    rows.push({
      provider: 'logto',
      name: '(b) idgraph overhead, the query of (a) (warm)',
      value: `p50 ${ms(percentile(overheads, 50))}, p99 ${ms(percentile(overheads, 99))}`,
      note: `wall time minus 2 × ${LATENCY_MS} ms (list, then the batched loaders in parallel), 100 sequential queries`,
    });

    const seconds = 5;
    const run = await load(32, seconds, async () => {
      await app.query(
        '{ invitations(provider: LOGTO, first: 20, filter: { status: PENDING }) { edges { node { id inviter { email } tenant { name } roles { name } } } } }',
      );
    });
    rows.push({
      provider: 'logto',
      name: '(c) 20 pending invitations with inviter, tenant, roles, 32 concurrent clients',
      value: `${(run.count / seconds).toFixed(0)} req/s`,
      note: `p50 ${ms(percentile(run.latencies, 50))}, p99 ${ms(percentile(run.latencies, 99))}, ${LATENCY_MS} ms upstream`,
    });
  } finally {
    await app.close();
  }
  return rows;
}

/** The provider's rows of `npm run bench` (test/bench/run.ts finds this file by the registry id). */
export default benchLogto;
