/**
 * `npm run bench -- replicas` (issue 16): throughput and latency of one idgraph replica against three
 * behind haproxy on one Redis, over one Authress simulator with 20 ms injected latency. Needs Debian's
 * `redis-server` and `haproxy`; answers a "skipped" row without them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startUpstreams } from '../helpers/live-app.js';
import { freePort, query, startHaproxy, startReplica, stopProcess, type Replica } from '../redis/cluster.js';
import { startRedis } from '../redis/redis-server.js';
import { percentile, type BenchRow } from './lib.js';

const REQUESTS = 600;
const CLIENTS = 32;

function installed(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function load(port: number, ids: string[], requests: number, clients: number): Promise<{ rps: number; p50: number; p95: number; errors: number }> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < requests) {
        const i = next++;
        const t = performance.now();
        const r = await query(port, 'query($id: String!) { user(provider: AUTHRESS, id: $id) { providerId email tenants { id } } }', {
          id: ids[i % ids.length],
        });
        latencies.push(performance.now() - t);
        if (r.status !== 200 || r.body.errors) errors += 1;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { rps: requests / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95), errors };
}

export async function benchReplicas(): Promise<BenchRow[]> {
  if (!installed('redis-server') || !installed('haproxy')) {
    return [
      { provider: 'replicas', name: 'one vs three replicas', value: 'skipped', note: 'needs redis-server and haproxy (apt-get install redis-server haproxy)' },
    ];
  }
  const dir = mkdtempSync(join(tmpdir(), 'idgraph-bench-replicas-'));
  const redis = await startRedis();
  const upstreams = await startUpstreams(['authress']);
  const sim = upstreams.authress!;
  sim.server.latencyMs = 20;
  const replicas: Replica[] = [];
  let haproxy: Awaited<ReturnType<typeof startHaproxy>> | undefined;
  try {
    const env = {
      ...upstreams.env,
      NODE_ENV: process.env.NODE_ENV ?? 'production',
      LOG_LEVEL: 'warn',
      IDGRAPH_ALLOW_UNAUTHENTICATED: 'true',
      REDIS_URL: redis.url,
      CURSOR_SECRET: 'bench-replicas-cursor-secret-0123456789',
      // idgraph's own throughput, not the provider budget's.
      AUTHRESS_RATE_LIMIT: '0',
      AUTHRESS_CATALOG_TTL_MS: '60000',
    };
    const ports = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    replicas.push(...(await Promise.all(['a', 'b', 'c'].map((name, i) => startReplica(name, ports[i]!, env)))));
    haproxy = await startHaproxy(dir, ports[3]!, replicas);
    const ids = sim.users.slice(0, 300).map((u) => u.userId);
    // Warm up every replica (tokens, the shared membership cache, JIT).
    await Promise.all(replicas.map((r) => load(r.port, ids, 100, 8)));
    const runs: { one: Awaited<ReturnType<typeof load>>[]; three: Awaited<ReturnType<typeof load>>[] } = { one: [], three: [] };
    // Alternate the two variants so drift on a shared machine hits both.
    for (let round = 0; round < 2; round += 1) {
      runs.one.push(await load(replicas[0]!.port, ids, REQUESTS, CLIENTS));
      runs.three.push(await load(ports[3]!, ids, REQUESTS, CLIENTS));
    }
    const best = (list: Awaited<ReturnType<typeof load>>[]) => list.reduce((a, b) => (b.rps > a.rps ? b : a));
    const row = (name: string, r: Awaited<ReturnType<typeof load>>): BenchRow => ({
      provider: 'replicas',
      name,
      value: `${r.rps.toFixed(0)} req/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms`,
      note: `${REQUESTS} user(id) { tenants } over GET, ${CLIENTS} clients, 20 ms upstream; ${r.errors} errors; best of 2`,
    });
    return [row('one replica (direct)', best(runs.one)), row('three replicas behind haproxy, one Redis', best(runs.three))];
  } finally {
    if (haproxy) await stopProcess(haproxy);
    await Promise.all(replicas.map((r) => stopProcess(r.child)));
    await upstreams.close();
    await redis.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
