/**
 * Issue 15: every query as fast as its upstream dependencies allow. For each query: its lower bound
 * (levels of upstream calls that must follow one another × the injected latency, and the fewest
 * upstream calls that can answer it), the measured p50 at 0 ms and at 20 ms per upstream call and the
 * ratio to the bound, the upstream calls made and their ratio to the fewest, idgraph's CPU per query
 * under load and its throughput at 32 clients.
 *
 * idgraph runs alone in a child process (remote.ts) so its CPU is its own. Sequential timings are
 * taken in rounds that visit every query in turn, so drift on a shared machine hits all of them alike.
 * Env: BENCH_ROUNDS_0 (default 20), BENCH_ROUNDS_20 (default 8), BENCH_BLOCK (default 5), BENCH_LOAD_SECONDS (default 3),
 * BENCH_LOAD_WARM_SECONDS (default 2), BENCH_LOAD_ROUNDS (default 2), BENCH_LOAD_LATENCY_MS (default 0), BENCH_ONLY (a comma-separated list of query keys), BENCH_VERBOSE
 * (upstream calls by route), BENCH_PIN (default 1: idgraph and this process on separate CPUs; 0: shared), BENCH_BASELINE (another checkout, e.g. /work/main: measured in the same
 * run, alternating with this one, plus a table of ratios).
 */
import { PROVIDER_IDS } from '../../src/providers/known.js';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { median, percentile, type BenchResult, type BenchTable } from './lib.js';
import { apaleoAuthorization, benchCpus, benchNodeEnv, benchRun, startRemote, unpinBench, type RemoteApp } from './remote.js';
import { load } from './server.js';
import { Pool } from 'undici';

const LATENCY_MS = 20;
const CLIENTS = 32;
/** HTTP_MAX_CONCURRENCY's default: upstream calls in flight per provider. */
const PROVIDER_CONCURRENCY = 16;

interface Case {
  key: string;
  label: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Upstream calls that must follow one another (each needs the previous one's answer). */
  levels: number;
  /** The fewest upstream calls that answer the query (tokens excluded: they are warm). */
  minCalls: number;
  /** Why the bound is what it is. */
  bound: string;
  /** The app that serves it (default: the first; `cold`: every catalog cache off, so catalogs are read in the request). */
  app?: 'cold';
}

const W1 = '{ users(provider: APALEO, first: 20) { edges { node { id email } } } }';
const W1_FIELD = 'users(provider: APALEO, first: 20) { edges { node { id email } } }';

function cases(email: string, representations: unknown[]): Case[] {
  const entityLevels = Math.ceil(representations.length / PROVIDER_CONCURRENCY);
  return [
    { key: 'w1', label: 'W1: users(APALEO, first: 20) { id email }', query: W1, levels: 1, minCalls: 1, bound: 'one users page' },
    {
      key: 'roles',
      label: 'users(APALEO, first: 20) { … roles { name } }',
      query: '{ users(provider: APALEO, first: 20) { edges { node { id email roles { name } } } } }',
      levels: 1,
      minCalls: 1,
      bound: "one users page; Apaleo's role ids are a documented enum, so their names need no call",
    },
    {
      key: 'users250',
      label: 'users(APALEO, first: 250) { id email }',
      query: '{ users(provider: APALEO, first: 250) { edges { node { id email } } } }',
      levels: 1,
      minCalls: 3,
      bound: 'pages 1-3 of 84, the fewest pages of at most 100 (page-number paging: all known up front, so all at once)',
    },
    {
      key: 'aliases',
      label: '5 aliases of the W1 list',
      query: `{ ${['a', 'b', 'c', 'd', 'e'].map((alias) => `${alias}: ${W1_FIELD}`).join(' ')} }`,
      levels: 1,
      minCalls: 1,
      bound: 'five identical list calls are one',
    },
    {
      key: 'person-accounts',
      label: 'person(email) { accounts { id } }',
      query: 'query($e: String!) { person(email: $e) { accounts { id } } }',
      variables: { e: email },
      levels: 1,
      minCalls: 4,
      bound: 'one lookup by email per provider, all at once; no invitations read',
    },
    {
      key: 'person',
      label: 'person(email), full',
      query:
        'query($e: String!) { person(email: $e) { providers accounts { id provider email status } invitations { id provider status } errors { provider code } } }',
      variables: { e: email },
      levels: 1,
      minCalls: 6,
      bound: 'one lookup per provider + the invitation lists of Apaleo and Logto, all at once',
    },
    {
      key: 'logto-invitations',
      label: 'invitations(LOGTO, first: 20) { tenant { name } inviter { email } }',
      query: '{ invitations(provider: LOGTO, first: 20) { edges { node { id email status tenant { name } inviter { email } } } } }',
      levels: 2,
      minCalls: 3,
      bound: 'invitations list and organizations list at once, then one users search by the inviters’ ids (search.id, exact, several values)',
    },
    {
      key: 'cursors-forward',
      label: 'users(AUTHRESS, first: 100) { cursor node { id } }',
      query: '{ users(provider: AUTHRESS, first: 100) { edges { cursor node { id } } } }',
      levels: 1,
      minCalls: 1,
      bound: 'one Authress page of 100; every edge cursor read (Relay clients select it), the page signed once',
    },
    {
      key: 'cursors-across',
      label: 'users(first: 100) { cursor node { id } }, across providers',
      query: '{ users(first: 100) { edges { cursor node { id provider } } } }',
      levels: 1,
      minCalls: 1,
      bound: 'the first provider’s page of 100 (it has more), every edge cursor read, the page signed once',
    },
    {
      key: 'logto-invitations-cold',
      label: 'the same, catalog cache off (LOGTO_CATALOG_TTL_MS=0)',
      query: '{ invitations(provider: LOGTO, first: 20) { edges { node { id email status tenant { name } inviter { email } } } } }',
      levels: 2,
      minCalls: 3,
      bound: 'the organizations list starts with the invitations list (look-ahead), then one users search by the inviters’ ids',
      app: 'cold',
    },
    {
      key: 'authress-tenants',
      label: 'users(AUTHRESS, first: 20) { tenants { name } }, catalog cache off',
      query: '{ users(provider: AUTHRESS, first: 20) { edges { node { id tenants { name } } } } }',
      levels: 4,
      minCalls: 17,
      bound:
        'the tenants list starts with the users page (look-ahead): its 2 pages (5 a page, cursor-paged: one after the other), then the members of all 8 tenants at once, 100 a page (2 pages for 6 of them), until every listed user is placed: 1 + 2 + 14 calls, since some of the 20 users are in no tenant, which only the whole walk can tell; without the look-ahead the tenants list started after the users page, 5 levels',
      app: 'cold',
    },
    {
      key: 'entities',
      label: `_entities: ${representations.length} Apaleo User representations { email }`,
      query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on User { email } } }',
      variables: { r: representations },
      levels: entityLevels,
      minCalls: representations.length,
      bound: `Apaleo has no multi-id read: one GET per user, ${PROVIDER_CONCURRENCY} at a time (HTTP_MAX_CONCURRENCY) = ${entityLevels} levels`,
    },
  ];
}

const directPools = new WeakMap<RemoteApp, { pool: Pool; authorization: string }>();

/** W1's one upstream call, sent from here straight to the Apaleo simulator; its wall time in ms. */
async function directW1(app: RemoteApp): Promise<number> {
  let direct = directPools.get(app);
  if (!direct) {
    const env = app.upstreams.env;
    const pool = new Pool(env.APALEO_BASE_URL!, { connections: 4 });
    direct = { pool, authorization: await apaleoAuthorization(pool, env) };
    directPools.set(app, direct);
  }
  const start = performance.now();
  const response = await direct.pool.request({
    method: 'GET',
    path: '/api/v1/users?pageNumber=1&pageSize=20',
    headers: { authorization: direct.authorization },
  });
  await response.body.text();
  if (response.statusCode !== 200) throw new Error(`direct W1 call answered ${response.statusCode}`);
  return performance.now() - start;
}

interface Measured {
  times0: number[];
  /** At 0 ms, the first query of each block only: right after a different query. */
  afterOther0: number[];
  times20: number[];
  calls: number[];
  routes: string;
  cpuMsPerQuery: number;
  perSecond: number;
  /** Per load round (rounds alternate between targets): idgraph's CPU ms/q, req/s, and the bench process's own CPU ms/q. */
  rounds: { cpu: number; rate: number; benchCpu: number; rssMb: number }[];
  loadP50: number;
  loadErrors: number;
}

async function once(app: RemoteApp, c: Case): Promise<number> {
  const start = performance.now();
  const body = await app.query(c.query, c.variables, c.app);
  const ms = performance.now() - start;
  if (body.errors?.length) throw new Error(`${c.key}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return ms;
}

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

interface Target {
  name: string;
  app: RemoteApp;
  results: Map<string, Measured>;
}

function row(c: Case, m: Measured): string[] {
  const bound = c.levels * LATENCY_MS;
  const p50at20 = median(m.times20);
  const calls = median(m.calls);
  const spread = Math.min(...m.calls) === Math.max(...m.calls) ? '' : ` (${Math.min(...m.calls)}–${Math.max(...m.calls)})`;
  return [
    c.label,
    `${c.levels} × ${LATENCY_MS} = ${bound} ms`,
    String(c.minCalls),
    fmt(median(m.times0)),
    fmt(p50at20),
    `${fmt(p50at20 / bound, 2)}×`,
    `${calls}${spread}`,
    `${fmt(calls / c.minCalls, 2)}×`,
    fmt(m.cpuMsPerQuery, 2),
    `${fmt(m.perSecond, 0)}${m.loadErrors ? ` (${m.loadErrors} with errors)` : ''}`,
  ];
}

export async function benchCritical(): Promise<BenchResult> {
  const rounds0 = Number(process.env.BENCH_ROUNDS_0 ?? 20);
  const rounds20 = Number(process.env.BENCH_ROUNDS_20 ?? 8);
  /** Each round runs each query this many times in a row (as a client repeating one operation does). */
  const block = Math.max(1, Number(process.env.BENCH_BLOCK ?? 5));
  const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 3);
  const loadLatency = Number(process.env.BENCH_LOAD_LATENCY_MS ?? 0);
  const loadWarmSeconds = Number(process.env.BENCH_LOAD_WARM_SECONDS ?? 2);
  const loadRounds = Number(process.env.BENCH_LOAD_ROUNDS ?? 2);
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const baseline = process.env.BENCH_BASELINE;
  // idgraph on its own CPUs, the simulators and the load generator on the others (BENCH_PIN=0: shared).
  const pin = process.env.BENCH_PIN !== '0';
  const cpus = pin ? benchCpus() : undefined;
  const targets: Target[] = [];
  try {
    // `cold`: every provider's catalog cache off, so a catalog is read within the request (look-ahead rows).
    const cold = { name: 'cold', env: Object.fromEntries(PROVIDER_IDS.map((id) => [`${id.toUpperCase()}_CATALOG_TTL_MS`, '0'])) };
    const apps = [{ name: 'idgraph' }, cold];
    targets.push({ name: 'this checkout', app: await startRemote({ apps, pin }), results: new Map() });
    if (baseline) targets.push({ name: `baseline ${baseline}`, app: await startRemote({ apps, root: baseline, pin }), results: new Map() });
    const first = targets[0]!.app;
    for (const t of targets) t.app.setLatency(0);
    const everywhere = SHARED_PEOPLE.find((p) => p.in.length === 4)!;
    const users = await first.query<{ users: { edges: { node: { id: string } }[] } }>('{ users(provider: APALEO, first: 100) { edges { node { id } } } }');
    const representations = users.data.users.edges.map((e) => ({ __typename: 'User', id: e.node.id }));
    const all = cases(everywhere.email, representations).filter((c) => !only || only.includes(c.key));
    for (const t of targets) {
      for (const c of all)
        t.results.set(c.key, {
          times0: [],
          afterOther0: [],
          times20: [],
          calls: [],
          routes: '',
          cpuMsPerQuery: NaN,
          perSecond: NaN,
          rounds: [],
          loadP50: NaN,
          loadErrors: 0,
        });
    }
    /** The targets in an order that alternates with `i`, so neither always goes first. */
    const alternating = (i: number) => (i % 2 === 0 ? targets : [...targets].reverse());

    // W1's own overhead: its p50 at 0 ms minus that of its one upstream call made directly, from
    // here, to the same simulator (the simulator's time and a loopback round trip), in the same rounds.
    const direct: number[] = [];
    for (let i = 0; i < 15; i += 1) await directW1(first);

    // Under load: 32 clients, the child's CPU before and after. Each target first runs the query under
    // load for BENCH_LOAD_WARM_SECONDS (the JIT settles: a cold second costs up to 1.4× a warm one),
    // then BENCH_LOAD_ROUNDS rounds of loadSeconds, alternating between targets; CPU and queries are
    // summed over the rounds.
    for (const t of targets) t.app.setLatency(loadLatency);
    for (const [i, c] of all.entries()) {
      const served = new Map<Target, { cpuMs: number; count: number; latencies: number[] }>();
      for (const t of targets) {
        served.set(t, { cpuMs: 0, count: 0, latencies: [] });
        await load(CLIENTS, loadWarmSeconds, async () => void (await t.app.query(c.query, c.variables, c.app)));
      }
      for (let round = 0; round < loadRounds; round += 1) {
        for (const t of alternating(i + round)) {
          const m = t.results.get(c.key)!;
          const sum = served.get(t)!;
          const before = await t.app.cpu();
          const selfBefore = process.cpuUsage();
          const run = await load(CLIENTS, loadSeconds, async () => {
            const body = await t.app.query(c.query, c.variables, c.app);
            if (body.errors?.length) m.loadErrors += 1;
          });
          const after = await t.app.cpu();
          const self = process.cpuUsage(selfBefore);
          m.rounds.push({
            cpu: (after.ms - before.ms) / run.count,
            rate: run.count / loadSeconds,
            benchCpu: (self.user + self.system) / 1000 / run.count,
            rssMb: after.rss / 1e6,
          });
          sum.cpuMs += after.ms - before.ms;
          sum.count += run.count;
          sum.latencies.push(...run.latencies);
        }
      }
      for (const t of targets) {
        const m = t.results.get(c.key)!;
        const sum = served.get(t)!;
        m.cpuMsPerQuery = sum.cpuMs / sum.count;
        m.perSecond = sum.count / (loadSeconds * loadRounds);
        m.loadP50 = percentile(
          sum.latencies.sort((a, b) => a - b),
          50,
        );
      }
    }

    // The load phases above warmed the JIT up (a few hundred queries leave code half-optimized: W1 then
    // took twice as long); these rounds settle tokens and pools at each latency.
    for (let i = 0; i < 15; i += 1) for (const c of all) for (const t of alternating(i)) await once(t.app, c);

    for (const [latency, rounds] of [
      [0, rounds0],
      [LATENCY_MS, rounds20],
    ] as const) {
      for (const t of targets) t.app.setLatency(latency);
      for (const c of all) for (const t of targets) await once(t.app, c); // settle at this latency
      for (let round = 0; round < rounds; round += 1) {
        for (const c of all) {
          for (const t of alternating(round)) {
            const m = t.results.get(c.key)!;
            for (let k = 0; k < block; k += 1) {
              t.app.resetCounts();
              const ms = await once(t.app, c);
              (latency === 0 ? m.times0 : m.times20).push(ms);
              // The first of a block follows another query (its garbage, other code paths): kept apart too.
              if (k === 0 && latency === 0) m.afterOther0.push(ms);
              if (latency === LATENCY_MS) {
                m.calls.push(t.app.calls());
                m.routes = t.app.callsByRoute();
              }
            }
            if (latency === 0 && c.key === 'w1' && t === targets[0]) for (let k = 0; k < block; k += 1) direct.push(await directW1(t.app));
          }
        }
      }
    }

    const nodeEnvs = [['this checkout', new URL('../..', import.meta.url).pathname], ...(baseline ? [['baseline', baseline]] : [])]
      .map(
        ([name, root]) =>
          `${name} ${benchRun(root!) === 'bundle' ? 'its production build (start:prod)' : 'src/ under tsx (npm start)'}, NODE_ENV ${benchNodeEnv(root!) ?? 'unset (development)'}`,
      )
      .join(', ');
    const headers = ['query', 'bound @20ms', 'min calls', 'p50 @0ms', 'p50 @20ms', '×bound', 'calls', '×min', 'CPU ms/q', `req/s @${CLIENTS}`];
    const notes = [
      `p50 of ${rounds0} rounds at 0 ms and ${rounds20} at ${LATENCY_MS} ms per upstream call, each round running every query ${block} times in a row (BENCH_BLOCK), after warm-up; idgraph in its own process, live mode against the simulators.`,
      `Each checkout runs as it is deployed, with the NODE_ENV its script sets (a baseline is measured as its users ran it; BENCH_RUN=tsx runs every checkout's src/ under tsx, NODE_ENV one mode for all): ${nodeEnvs}.`,
      `CPU and req/s: ${CLIENTS} concurrent clients at ${loadLatency} ms per upstream call, ${loadWarmSeconds} s of warm-up then ${loadRounds} × ${loadSeconds} s per query${targets.length > 1 ? ', alternating between targets' : ''}; CPU is idgraph's process.cpuUsage() delta / queries served.`,
      cpus
        ? `idgraph ran on CPU ${cpus.idgraph}, the simulators and the load generator on CPU ${cpus.bench} (taskset; BENCH_PIN=0 shares them all): req/s is what idgraph serves on its own CPU, as where its clients and providers are other machines.`
        : 'idgraph, the simulators and the load generator shared every CPU (BENCH_PIN=0, fewer than two CPUs, or no taskset): req/s includes their share of the work.',
      'Lower bounds:',
      ...all.map((c) => `  ${c.key}: ${c.bound}.`),
    ];
    const w1 = targets[0]!.results.get('w1');
    if (w1 && direct.length > 0) {
      notes.push(
        `W1's own overhead at 0 ms (target ≤ 2 ms): p50 ${fmt(median(w1.times0), 2)} ms − p50 ${fmt(median(direct), 2)} ms of its upstream call (GET /api/v1/users?pageNumber=1&pageSize=20) sent directly to the simulator = ${fmt(median(w1.times0) - median(direct), 2)} ms.`,
        `  The first W1 of each block, right after a different query (its garbage still to collect, other code paths in the caches): p50 ${fmt(median(w1.afterOther0), 2)} ms, ${fmt(median(w1.afterOther0) - median(direct), 2)} ms over the direct call.`,
      );
    }
    if (process.env.BENCH_VERBOSE) {
      for (const t of targets)
        notes.push(
          `Per load round (${t.name}): idgraph CPU ms/q / req/s / the bench process's own CPU ms/q (load generator and simulators) / idgraph's RSS MB at its end:`,
          ...all.map(
            (c) =>
              `  ${c.key}: ${t.results
                .get(c.key)!
                .rounds.map((r) => `${fmt(r.cpu, 2)}/${fmt(r.rate, 0)}/${fmt(r.benchCpu, 2)}/${fmt(r.rssMb, 0)}`)
                .join('  ')}`,
          ),
        );
      for (const t of targets)
        notes.push(`Upstream calls by route (${t.name}, last run at ${LATENCY_MS} ms):`, ...all.map((c) => `  ${c.key}: ${t.results.get(c.key)!.routes}`));
    }
    const tables: BenchTable[] = targets.map((t, i) => ({
      title: `Critical path (issue 15), ${t.name}: lower bound vs measured, ${LATENCY_MS} ms injected per upstream call`,
      headers,
      rows: all.map((c) => row(c, t.results.get(c.key)!)),
      notes: i === 0 ? notes : [],
    }));
    if (targets.length === 2) {
      const [now, base] = targets.map((t) => t.results) as [Map<string, Measured>, Map<string, Measured>];
      const ratio = (a: number, b: number) => `${fmt(a / b, 2)}×`;
      // This machine's speed drifts by tens of percent within minutes: each load round of this checkout
      // is compared with the baseline's round next to it in time, and the median of those ratios shown
      // (with their range), not the ratio of sums that one slow phase can tip.
      const paired = (a: Measured, b: Measured, key: 'cpu' | 'rate') => {
        const ratios = a.rounds.map((r, i) => r[key] / b.rounds[i]![key]).sort((x, y) => x - y);
        return `${fmt(median(ratios), 2)}× (${fmt(ratios[0]!, 2)}–${fmt(ratios.at(-1)!, 2)})`;
      };
      tables.push({
        title:
          'This checkout ÷ baseline, measured in the same run, alternating (below 1 is better, except req/s); CPU and req/s: median (range) of the ratios of neighbouring load rounds',
        headers: ['query', 'p50 @0ms', 'p50 @20ms', 'calls', 'CPU ms/q', `req/s @${CLIENTS}`],
        rows: all.map((c) => {
          const a = now.get(c.key)!;
          const b = base.get(c.key)!;
          return [
            c.label,
            ratio(median(a.times0), median(b.times0)),
            ratio(median(a.times20), median(b.times20)),
            ratio(median(a.calls), median(b.calls)),
            paired(a, b, 'cpu'),
            paired(a, b, 'rate'),
          ];
        }),
      });
    }
    return { tables };
  } finally {
    await Promise.all(targets.map(async (t) => directPools.get(t.app)?.pool.close()));
    await Promise.all(targets.map((t) => t.app.close()));
    if (pin) unpinBench();
  }
}
