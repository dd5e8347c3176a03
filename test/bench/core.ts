/**
 * `npm run bench -- core`: idgraph's own CPU per upstream call (the HTTP core: coalescing, budget,
 * deadline, circuit, connection slots, timeout, response cap, schema check) over the same GETs sent with
 * raw undici (`Pool.request`, JSON.parse and the same zod schema), both against one local server in this
 * process. Batches of 100 concurrent reads under one request's call context, as `_entities` makes them;
 * slices alternate (raw, idgraph, and a baseline checkout's core with BENCH_BASELINE), and the median of
 * each slice's difference to raw is reported, so this machine's drift cancels out.
 */
import { createServer } from 'node:http';
import { Pool } from 'undici';
import { z } from 'zod';
import type { BenchResult } from './lib.js';
import { median } from './lib.js';

const N = 100;
const SLICES = Number(process.env.BENCH_CORE_SLICES ?? 40);
const BATCHES = 10;

interface Core {
  name: string;
  run: () => Promise<void>;
  close: () => Promise<void>;
}

async function coreOf(root: string, name: string, base: string, schema: z.ZodType, headers: Record<string, string>): Promise<Core | null> {
  const { HttpClient } = await import(`${root}/src/http/http-client.ts`);
  const { UpstreamCallContext } = await import(`${root}/src/http/call-context.ts`);
  const client = new HttpClient({ provider: 'apaleo', baseUrl: base, maxConcurrent: 16 });
  if (typeof client.forCall !== 'function') {
    await client.close();
    return null;
  }
  return {
    name,
    run: async () => {
      const call = new UpstreamCallContext({ deadlineMs: 15_000, callBudget: 1_000 }, new AbortController().signal);
      const upstream = client.forCall(call);
      await Promise.all(
        Array.from({ length: N }, (_, i) => upstream.request({ operation: 'getUser', method: 'GET', path: `/api/v1/users/u${i}`, schema, headers })),
      );
    },
    close: () => client.close(),
  };
}

export async function benchCore(): Promise<BenchResult> {
  const body = JSON.stringify({ subjectId: 'x', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', enabled: true });
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const schema = z.object({ subjectId: z.string(), email: z.string(), firstName: z.string(), lastName: z.string(), enabled: z.boolean() });
  // A bearer token of a realistic size, as a constant header object (as the adapters pass theirs).
  const headers = { authorization: `Bearer eyJ${'a'.repeat(900)}` };
  const raw = new Pool(base, { connections: 16, keepAliveTimeout: 30_000, pipelining: 1 });
  const viaRaw = async () => {
    await Promise.all(
      Array.from({ length: N }, async (_, i) => {
        const response = await raw.request({ method: 'GET', path: `/api/v1/users/u${i}`, headers: { accept: 'application/json', ...headers } });
        schema.parse(JSON.parse(await response.body.text()));
      }),
    );
  };
  const cores = [await coreOf(new URL('../..', import.meta.url).pathname.replace(/\/$/, ''), 'this checkout', base, schema, headers)];
  const baseline = process.env.BENCH_BASELINE;
  const notes: string[] = [];
  if (baseline) {
    const other = await coreOf(baseline.replace(/\/$/, ''), `baseline ${baseline}`, base, schema, headers);
    if (other) cores.push(other);
    else notes.push(`The baseline ${baseline} has no per-request client view (HttpClient.forCall): not measured.`);
  }
  const present = cores.filter((c): c is Core => c !== null);
  const cpuPerCall = async (run: () => Promise<void>) => {
    const before = process.cpuUsage();
    for (let i = 0; i < BATCHES; i += 1) await run();
    const d = process.cpuUsage(before);
    return (d.user + d.system) / (BATCHES * N);
  };
  try {
    for (let i = 0; i < 40; i += 1) for (const run of [viaRaw, ...present.map((c) => c.run)]) await run();
    const over = present.map(() => [] as number[]);
    const rawTimes: number[] = [];
    for (let slice = 0; slice < SLICES; slice += 1) {
      const order = [-1, ...present.keys()];
      if (slice % 2) order.reverse();
      const t = new Map<number, number>();
      for (const k of order) t.set(k, await cpuPerCall(k < 0 ? viaRaw : present[k]!.run));
      rawTimes.push(t.get(-1)!);
      for (const k of present.keys()) over[k]!.push(t.get(k)! - t.get(-1)!);
    }
    return {
      tables: [
        {
          title: `idgraph's HTTP core: CPU per upstream call over raw undici (${N} concurrent reads a batch, median of ${SLICES} alternating slices)`,
          headers: ['client', 'µs per call over raw undici', 'raw undici µs per call (server in the same process included)'],
          rows: present.map((c, k) => [c.name, median(over[k]!).toFixed(1), median(rawTimes).toFixed(1)]),
          notes,
        },
      ],
    };
  } finally {
    await Promise.all(present.map((c) => c.close()));
    await raw.close();
    server.close();
  }
}
