/**
 * `npx tsx test/bench/observability.ts [n]`: what request logs and traces cost per request, in
 * process: n (default 200) sequential simple queries (one upstream call) after a warm-up, p50 and
 * p95 of each setting. Traces on export by OTLP/HTTP to a local receiver that accepts and drops.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/ops/logging.js';
import { startTracing, type Tracing } from '../../src/ops/tracing.js';
import { createTestApp } from '../helpers/app.js';

const N = Number(process.argv[2] ?? 200);
const QUERY = JSON.stringify({ query: 'query Users { users(first: 2, provider: APALEO) { edges { node { id } } } }' });

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(label: string, extra: Parameters<typeof createTestApp>[1]): Promise<void> {
  const app = await createTestApp({}, extra);
  for (let i = 0; i < 50; i += 1) await (await app.post(QUERY)).text();
  const times: number[] = [];
  for (let i = 0; i < N; i += 1) {
    const started = performance.now();
    const response = await app.post(QUERY);
    await response.text();
    times.push(performance.now() - started);
  }
  await app.close();
  times.sort((a, b) => a - b);
  console.log(`${label.padEnd(34)} p50 ${quantile(times, 0.5).toFixed(3)} ms   p95 ${quantile(times, 0.95).toFixed(3)} ms`);
}

const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
const sink = { write: () => undefined };

for (let round = 0; round < 2; round += 1) {
  await measure('logs silent, traces off', {});
  await measure('logs json (info), traces off', { log: createLogger({ level: 'info', format: 'json', destination: sink }) });
  const tracing: Tracing = startTracing({ endpoint, serviceName: 'bench', propagateUpstream: false })!;
  await measure('logs silent, traces on (OTLP/HTTP)', { tracing });
  await tracing.shutdown();
}
receiver.close();
