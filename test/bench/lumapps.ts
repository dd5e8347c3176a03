import { ms, percentile, timed, type BenchRow } from './lib.js';
import { startBenchServer } from './server.js';

const LATENCY_MS = 20;

export async function benchLumapps(): Promise<BenchRow[]> {
  const app = await startBenchServer({ SANDBOX_LATENCY_MS: String(LATENCY_MS), APALEO_ENABLED: 'false' });
  const sandbox = app.runtime.sandboxes.lumapps!;
  const sim = sandbox.server;
  const rows: BenchRow[] = [];
  try {
    await app.query('{ users(provider: LUMAPPS, first: 1) { edges { cursor } } }'); // warm the token and the pool

    for (const [label, selection] of [
      ['ids + emails', 'id email'],
      ['whole users', 'id email firstName lastName displayName status createdAt lumapps { accountType isHidden customerId lang updatedAt }'],
    ] as const) {
      sim.resetCounts();
      sandbox.resetSent();
      let after: string | null = null;
      let users = 0;
      let pages = 0;
      const walk = await timed(async () => {
        for (;;) {
          const r: { data: { users: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string } } } } = await app.query(
            `query($after: String) { users(provider: LUMAPPS, filter: { includeHidden: true }, first: 500, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${selection} } } } }`,
            { after },
          );
          users += r.data.users.edges.length;
          pages += 1;
          if (!r.data.users.pageInfo.hasNextPage) break;
          after = r.data.users.pageInfo.endCursor;
        }
      });
      rows.push({
        provider: 'lumapps',
        name: `(a) walk all users, first: 500 (${label})`,
        value: `${sim.count('user.list')} user/list calls, ${ms(walk.ms)}, ${(sandbox.sent.bytes / 1024).toFixed(0)} KiB`,
        note: `${users} users in ${pages} GraphQL pages; ${LATENCY_MS} ms per call; maxResults 100, cursor pages are sequential`,
      });
    }

    const times: number[] = [];
    sim.resetCounts();
    const runs = 30;
    for (let i = 0; i < runs; i += 1) {
      const { ms: t } = await timed(() => app.query('{ users(provider: LUMAPPS, first: 250) { edges { node { id email } } } }'));
      times.push(t);
    }
    times.sort((a, b) => a - b);
    rows.push({
      provider: 'lumapps',
      name: '(b) users(first: 250) latency, 20 ms injected',
      value: `p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
      note: `${sim.count('user.list') / runs} upstream calls per query (100 + 100 + 50), ${runs} sequential queries`,
    });
  } finally {
    await app.close();
  }
  return rows;
}

/** The provider's rows of `npm run bench` (test/bench/run.ts finds this file by the registry id). */
export default benchLumapps;
