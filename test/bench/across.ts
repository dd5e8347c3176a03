import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { ms, percentile, timed, type BenchRow } from './lib.js';
import { startBenchServer } from './server.js';

const LATENCY_MS = 20;

/** Issue 6 rows: person(email) across every provider concurrently, and _entities batching. */
export async function benchAcross(): Promise<BenchRow[]> {
  const app = await startBenchServer({ SANDBOX_LATENCY_MS: String(LATENCY_MS) });
  const sims = Object.values(app.runtime.simulators);
  const calls = () => sims.reduce((n, s) => n + (s?.count() ?? 0), 0);
  const reset = () => sims.forEach((s) => s?.resetCounts());
  const rows: BenchRow[] = [];
  try {
    const everywhere = SHARED_PEOPLE.find((p) => p.in.length === 4)!;
    const query = 'query($e: String!) { person(email: $e) { providers accounts { id } invitations { id } errors { provider } } }';
    await app.query(query, { e: everywhere.email }); // warm tokens and pools
    const times: number[] = [];
    let perQuery = 0;
    for (let i = 0; i < 50; i += 1) {
      reset();
      const { ms: t, result } = await timed(() => app.query(query, { e: everywhere.email }));
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      times.push(t);
      perQuery = calls();
    }
    times.sort((a, b) => a - b);
    rows.push({
      provider: 'all',
      name: 'person(email), warm',
      value: `p50 ${ms(percentile(times, 50))}, p99 ${ms(percentile(times, 99))}`,
      note: `${perQuery} upstream calls across ${sims.length} providers, ${LATENCY_MS} ms each, providers concurrently`,
    });

    const users = await app.query('{ users(provider: APALEO, first: 100) { edges { node { id } } } }');
    const representations = users.data.users.edges.map((e: { node: { id: string } }) => ({ __typename: 'User', id: e.node.id }));
    reset();
    const entities = await timed(() => app.query('query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } } }', { r: representations }));
    rows.push({
      provider: 'apaleo',
      name: '_entities, 100 User representations',
      value: `${calls()} upstream calls, ${ms(entities.ms)}`,
      note: 'one loader batch; Apaleo has no multi-id read, so one GET per distinct user, concurrently (cap 16)',
    });
  } finally {
    await app.close();
  }
  return rows;
}
