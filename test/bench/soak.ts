/**
 * Soak: SOAK_SECONDS (default 60) at 50 concurrent clients against every landed provider's simulator
 * with 5% injected upstream faults (random 500/503). Reports requests served, error responses by code,
 * p99 latency, and resident memory at idle, after a warm-up under load, and at the end; the run passes
 * when RSS grows less than SOAK_RSS_BOUND_MB (default 100 MB) from the end of the warm-up to the end.
 */
import { ms, percentile, type BenchRow } from './lib.js';
import { load, startBenchServer } from './server.js';

const CLIENTS = 50;
const FAULT_RATE = 0.05;

const QUERIES = [
  '{ users(provider: APALEO, first: 20) { edges { node { id email status } } } }',
  '{ roles(provider: APALEO) { edges { node { id name } } } }',
  '{ invitations(provider: APALEO, first: 10) { edges { node { id email } } } }',
  '{ users(provider: AUTHRESS, first: 20) { edges { node { id email } } } }',
  '{ tenants(provider: AUTHRESS) { edges { node { id name } } } }',
  '{ providers { provider circuit { state } } }',
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export async function benchSoak(): Promise<BenchRow[]> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 60);
  const boundMb = Number(process.env.SOAK_RSS_BOUND_MB ?? 100);
  const app = await startBenchServer({ SANDBOX_LATENCY_MS: '5', HTTP_MAX_RETRY_DELAY_MS: '1000' }, CLIENTS);
  const byCode = new Map<string, number>();
  let served = 0;
  let withErrors = 0;
  try {
    for (const query of QUERIES) await app.query(query); // warm tokens, pools and caches
    for (const sim of Object.values(app.runtime.simulators)) if (sim) sim.faultRate = FAULT_RATE;
    global.gc?.();
    const rssStart = process.memoryUsage().rss;
    const heapStart = process.memoryUsage().heapUsed;
    const externalStart = process.memoryUsage().external;
    // A leak shows as growth at steady state: the bound applies from the end of a warm-up under full
    // load (SOAK_WARMUP_SECONDS, default a sixth of the run), when pools, young-generation space and
    // JIT code have reached their working size; growth from idle is reported beside it.
    const warmupSeconds = Number(process.env.SOAK_WARMUP_SECONDS ?? Math.max(1, Math.round(seconds / 6)));
    let steady: NodeJS.MemoryUsage | null = null;
    const snapshot = setTimeout(() => {
      global.gc?.();
      steady = process.memoryUsage();
    }, warmupSeconds * 1000);
    let turn = 0;
    const run = await load(CLIENTS, seconds, async () => {
      const query = QUERIES[turn++ % QUERIES.length]!;
      const body = await app.query(query);
      served += 1;
      if (body.errors?.length) {
        withErrors += 1;
        for (const error of body.errors as { extensions?: { code?: string } }[]) {
          const code = error.extensions?.code ?? '(none)';
          byCode.set(code, (byCode.get(code) ?? 0) + 1);
        }
      }
    });
    clearTimeout(snapshot);
    global.gc?.();
    const rssEnd = process.memoryUsage().rss;
    const heapEnd = process.memoryUsage().heapUsed;
    const externalEnd = process.memoryUsage().external;
    const steadyRss = (steady as NodeJS.MemoryUsage | null)?.rss ?? rssStart;
    const growth = (rssEnd - steadyRss) / 1024 / 1024;
    const fromIdle = (rssEnd - rssStart) / 1024 / 1024;
    const codes =
      [...byCode]
        .sort((a, b) => b[1] - a[1])
        .map(([code, n]) => `${code} ${n}`)
        .join(', ') || 'none';
    return [
      {
        provider: 'all',
        name: `soak: ${seconds} s, ${CLIENTS} clients, ${FAULT_RATE * 100}% upstream faults`,
        value: `${served} served (${(served / seconds).toFixed(0)} req/s), p99 ${ms(percentile(run.latencies, 99))}`,
        note: `p50 ${ms(percentile(run.latencies, 50))}; ${withErrors} responses with errors`,
      },
      { provider: 'all', name: 'soak: errors by code', value: codes, note: 'one response can carry several errors' },
      {
        provider: 'all',
        name: `soak: resident memory idle → after ${warmupSeconds} s of load → end`,
        value: `${mb(rssStart)} → ${mb(steadyRss)} → ${mb(rssEnd)}`,
        note: `${growth >= 0 ? '+' : ''}${growth.toFixed(0)} MB at steady state (bound ${boundMb} MB: ${growth < boundMb ? 'OK' : 'EXCEEDED'}), ${fromIdle >= 0 ? '+' : ''}${fromIdle.toFixed(0)} MB from idle; JS heap ${mb(heapStart)} → ${mb(heapEnd)}, external ${mb(externalStart)} → ${mb(externalEnd)}${global.gc ? ' after a full GC' : ' (run with --expose-gc for the heap after a full GC)'}`,
      },
    ];
  } finally {
    await app.close();
  }
}
