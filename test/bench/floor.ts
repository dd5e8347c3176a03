/**
 * `npm run bench -- floor`: how far W1 is above what graphql-yoga and its one upstream call cost alone.
 * idgraph (as `critical` runs it) and a bare yoga making the same upstream call with raw undici
 * (floor-process.ts: no plugins, no zod, no mapping) answer the same 20 users from the same Apaleo
 * simulator, under 32 clients, in alternating rounds; CPU per query is each process's own.
 * Env: BENCH_FLOOR_ROUNDS (default 6), BENCH_LOAD_SECONDS (default 3).
 */
import { fork } from 'node:child_process';
import { Pool } from 'undici';
import { median, type BenchResult } from './lib.js';
import { apaleoAuthorization, startRemote } from './remote.js';
import { load } from './server.js';

const W1 = '{ users(provider: APALEO, first: 20) { edges { node { id email } } } }';

export async function benchFloor(): Promise<BenchResult> {
  const rounds = Number(process.env.BENCH_FLOOR_ROUNDS ?? 6);
  const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 3);
  const app = await startRemote({ apps: [{ name: 'idgraph' }] });
  const env = app.upstreams.env;
  const tokenPool = new Pool(env.APALEO_BASE_URL!, { connections: 1 });
  const authorization = await apaleoAuthorization(tokenPool, env);
  await tokenPool.close();
  const child = fork(new URL('./floor-process.ts', import.meta.url).pathname, {
    execArgv: [...process.execArgv, '--max-semi-space-size=64'],
    env: { ...process.env, NODE_ENV: 'production', UPSTREAM: env.APALEO_BASE_URL, UPSTREAM_AUTHORIZATION: authorization },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) => child.on('message', (m: { type?: string; port?: number }) => m.type === 'ready' && resolve(m.port!)));
  const cpu = () =>
    new Promise<number>((resolve) => {
      const on = (m: { type?: string; ms?: number }) => {
        if (m.type !== 'cpu') return;
        child.off('message', on);
        resolve(m.ms!);
      };
      child.on('message', on);
      child.send({ type: 'cpu' });
    });
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections: 64 });
  const body = JSON.stringify({ query: W1 });
  const bare = async () => {
    const response = await pool.request({ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body });
    const answer = (await response.body.json()) as { data?: { users: { edges: unknown[] } }; errors?: unknown[] };
    if (answer.errors || answer.data?.users.edges.length !== 20) throw new Error(`the bare yoga answered ${JSON.stringify(answer).slice(0, 200)}`);
  };
  const idgraph = async () => {
    const answer = await app.query(W1);
    if (answer.errors) throw new Error(`idgraph answered ${JSON.stringify(answer.errors).slice(0, 200)}`);
  };
  try {
    await load(32, 2, bare);
    await load(32, 2, idgraph);
    const bareCpu: number[] = [];
    const idgraphCpu: number[] = [];
    const bareRate: number[] = [];
    const idgraphRate: number[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? (['bare', 'idgraph'] as const) : (['idgraph', 'bare'] as const);
      for (const which of order) {
        if (which === 'bare') {
          const before = await cpu();
          const run = await load(32, seconds, bare);
          bareCpu.push(((await cpu()) - before) / run.count);
          bareRate.push(run.count / seconds);
        } else {
          const before = await app.cpu();
          const run = await load(32, seconds, idgraph);
          idgraphCpu.push(((await app.cpu()).ms - before.ms) / run.count);
          idgraphRate.push(run.count / seconds);
        }
      }
    }
    const ratios = idgraphCpu.map((ms, i) => ms / bareCpu[i]!);
    return {
      tables: [
        {
          title: 'W1 above its floor: idgraph vs a bare graphql-yoga making the same upstream call (32 clients, 0 ms upstream latency)',
          headers: ['server', 'CPU ms/q (median)', 'per round', 'req/s (median)'],
          rows: [
            ['bare yoga + raw undici call', median(bareCpu).toFixed(3), bareCpu.map((ms) => ms.toFixed(2)).join(' '), median(bareRate).toFixed(0)],
            ['idgraph (W1)', median(idgraphCpu).toFixed(3), idgraphCpu.map((ms) => ms.toFixed(2)).join(' '), median(idgraphRate).toFixed(0)],
          ],
          notes: [
            `idgraph ÷ floor, CPU per query: median ${median(ratios).toFixed(2)}× (range ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) over ${rounds} alternating rounds of ${seconds} s.`,
            'The floor answers the same 20 users from the same simulator with no plugins, no schema check (zod), no mapping, no paging and no global ids.',
          ],
        },
      ],
    };
  } finally {
    await pool.close();
    child.disconnect();
    await app.close();
  }
}
