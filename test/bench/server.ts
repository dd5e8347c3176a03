/** Starts idgraph on a real HTTP port over simulators, and a client to load it. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Pool } from 'undici';
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { startProviders, type Runtime } from '../../src/providers/index.js';
import { PROVIDER_IDS } from '../../src/domain/types.js';
import { Ops } from '../../src/ops/index.js';

export interface BenchServer {
  runtime: Runtime;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data: T; errors?: unknown[] }>;
  close(): Promise<void>;
}

export async function startBenchServer(env: Record<string, string>, connections = 64): Promise<BenchServer> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  // Metrics on, as in production (BENCH_OPS=false measures without them).
  const ops =
    env.BENCH_OPS === 'false' ? undefined : new Ops({ config: config.ops, enabled: PROVIDER_IDS.filter((id) => config.providers[id].mode !== 'off') });
  const runtime = await startProviders(config, { observer: ops?.observer });
  const server = createServer(createApp({ ...appOptionsFromConfig(config, runtime.providers), graphiql: false, ops }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections });
  return {
    runtime,
    async query(query, variables) {
      const response = await pool.request({
        method: 'POST',
        path: '/graphql',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.body.json()) as { data: any; errors?: unknown[] };
    },
    async close() {
      await pool.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}

/** Runs `worker` from `clients` concurrent loops for `seconds`; answers completed calls and latencies. */
export async function load(clients: number, seconds: number, worker: () => Promise<void>): Promise<{ count: number; latencies: number[] }> {
  const until = performance.now() + seconds * 1000;
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const start = performance.now();
        await worker();
        latencies.push(performance.now() - start);
      }
    }),
  );
  return { count: latencies.length, latencies: latencies.sort((a, b) => a - b) };
}
