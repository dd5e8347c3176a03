/**
 * `npm run bench ops`: what metrics, request logs, the audit trail and traces cost per request (issue
 * 14), in process against the simulators at 0 ms: N sequential requests per setting after a warm-up,
 * p50 and p95, and the p50 added over the bare setting (metrics off, logs silent, audit off, traces
 * off). A query (one upstream call) and a mutation (updateUser: the audit trail records mutations
 * only). Traces export by OTLP/HTTP to a local receiver that accepts and drops.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/ops/logging.js';
import { startTracing, type Tracing } from '../../src/ops/tracing.js';
import { createTestApp } from '../helpers/app.js';
import type { BenchResult } from './lib.js';
import { median, percentile } from './lib.js';

const N = Number(process.env.BENCH_OPS_N ?? 300);
const ROUNDS = 3;
const QUERY = JSON.stringify({ query: 'query Users { users(first: 2, provider: APALEO) { edges { node { id } } } }' });

interface Setting {
  label: string;
  env: Record<string, string>;
  extra: Parameters<typeof createTestApp>[1];
}

async function measure(setting: Setting, body: (app: Awaited<ReturnType<typeof createTestApp>>) => Promise<string>): Promise<{ p50: number; p95: number }> {
  const app = await createTestApp({ ...setting.env }, { ...setting.extra, providers: ['apaleo'] });
  try {
    const payload = await body(app);
    for (let i = 0; i < 50; i += 1) await (await app.post(payload)).text();
    const times: number[] = [];
    for (let i = 0; i < N; i += 1) {
      const started = performance.now();
      const response = await app.post(payload);
      await response.text();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return { p50: percentile(times, 50), p95: percentile(times, 95) };
  } finally {
    await app.close();
  }
}

/** An updateUser that changes nothing (the same first name each time), so every round is alike. */
async function mutation(app: Awaited<ReturnType<typeof createTestApp>>): Promise<string> {
  const r = await app.gql<{ users: { edges: { node: { id: string; firstName: string | null } }[] } }>(
    '{ users(provider: APALEO, first: 1) { edges { node { id firstName } } } }',
  );
  const user = r.data?.users.edges[0]?.node;
  if (!user) throw new Error('ops bench: no Apaleo user to update');
  return JSON.stringify({
    query: 'mutation Update($input: UpdateUserInput!) { updateUser(input: $input) { __typename } }',
    variables: { input: { id: user.id, firstName: user.firstName ?? 'Ada' } },
  });
}

export async function benchOps(): Promise<BenchResult> {
  const receiver = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  const sink = { write: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'idgraph-bench-audit-'));
  const bare: Setting = { label: 'bare: no metrics, logs silent, audit off, traces off', env: { AUDIT_ENABLED: 'false' }, extra: { withoutOps: true } };
  const withOps = (label: string, tracing: Tracing | null): Setting => ({
    label,
    env: { METRICS_ENABLED: 'true', AUDIT_ENABLED: 'true', AUDIT_DATA_DIR: join(dir, label.replace(/\W+/g, '-')) },
    extra: { log: createLogger({ level: 'info', format: 'json', destination: sink }), tracing },
  });
  const rows: string[][] = [];
  try {
    for (const [kind, body] of [
      ['query', async () => QUERY],
      ['mutation', mutation],
    ] as const) {
      // Three rounds with the settings in turn, the median of each setting's p50: the first app of a
      // process is slower (JIT), so a single pass in a fixed order favours the later settings.
      const settings = ['bare', 'ops', 'traced'] as const;
      const runs: Record<(typeof settings)[number], { p50: number; p95: number }[]> = { bare: [], ops: [], traced: [] };
      for (let round = 0; round < ROUNDS; round += 1) {
        for (const which of round % 2 === 0 ? settings : [...settings].reverse()) {
          if (which === 'bare') runs.bare.push(await measure(bare, body));
          else if (which === 'ops') runs.ops.push(await measure(withOps(`ops-${round}`, null), body));
          else {
            const tracing = startTracing({ endpoint, serviceName: 'bench', propagateUpstream: false });
            if (!tracing) throw new Error('ops bench: tracing did not start');
            runs.traced.push(await measure(withOps(`traced-${round}`, tracing), body));
            await tracing.shutdown();
          }
        }
      }
      const mid = (xs: { p50: number; p95: number }[], key: 'p50' | 'p95') => median(xs.map((x) => x[key]));
      const base = mid(runs.bare, 'p50');
      const labels = { bare: bare.label, ops: 'metrics + JSON logs + audit (embedded PGlite), traces off', traced: 'the same, traces on (OTLP/HTTP)' };
      for (const which of settings) {
        const p50 = mid(runs[which], 'p50');
        const added = which === 'bare' ? '—' : `${p50 - base >= 0 ? '+' : ''}${(p50 - base).toFixed(3)}`;
        rows.push([kind, labels[which], p50.toFixed(3), mid(runs[which], 'p95').toFixed(3), added]);
      }
    }
  } finally {
    receiver.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    tables: [
      {
        title: 'Operations cost per request (issue 14): metrics, logs, audit, traces',
        headers: ['request', 'setting', 'p50 ms', 'p95 ms', 'p50 added ms'],
        rows,
        notes: [
          `${N} sequential requests per setting after 50 warm-up, ${ROUNDS} rounds alternating the settings, medians of the rounds; in process, Apaleo simulator at 0 ms; the query makes one upstream call, the mutation (updateUser) a PATCH and a read-back and is the only kind the audit trail records.`,
          'Target (issue 14): ≤ 0.3 ms p50 added with traces off.',
        ],
      },
    ],
  };
}
