/**
 * Issue 10: what the HTTP gate costs. Two apps in one idgraph process over one provider runtime:
 * "gated" (AUTH_API_KEYS with one key, a CORS origin list, explicit query limits; each request carries
 * the key and an allowed Origin) and "open" (no caller authentication, no CORS origins). The same
 * simple query goes to both, alternating (and alternating which goes first), at 0 ms upstream latency.
 * The query limits and the CSRF rule run in both (they cannot be switched off), so the difference is
 * authentication + CORS. Target: at most 0.3 ms p50.
 * Env: BENCH_GATE_PAIRS (default 600), BENCH_LOAD_SECONDS (default 3 per variant, in 4 alternating slices each).
 */
import { sha256Hex } from '../../src/auth/authenticator.js';
import { median, percentile, type BenchResult } from './lib.js';
import { startRemote } from './remote.js';
import { load } from './server.js';

const QUERY = '{ users(provider: APALEO, first: 20) { edges { node { id email } } } }';
const KEY = 'bench-gate-key-0123456789abcdef';
const ORIGIN = 'https://app.example.com';

export async function benchGate(): Promise<BenchResult> {
  const pairs = Number(process.env.BENCH_GATE_PAIRS ?? 600);
  const loadSeconds = Number(process.env.BENCH_LOAD_SECONDS ?? 3);
  const gatedEnv = {
    AUTH_API_KEYS: JSON.stringify([{ name: 'bench', sha256: sha256Hex(KEY), scopes: ['admin'] }]),
    CORS_ORIGINS: `${ORIGIN},https://admin.example.com`,
    QUERY_MAX_DEPTH: '12',
    QUERY_MAX_COST: '10000',
    QUERY_MAX_ALIASES: '30',
    QUERY_MAX_TOKENS: '3000',
    REQUEST_MAX_BODY_BYTES: '1000000',
    // Limits other branches add (ignored where the configuration does not know them yet).
    MAX_LIST_ARGUMENT: '100',
    UPSTREAM_CALL_BUDGET: '200',
  };
  const app = await startRemote({ apps: [{ name: 'open' }, { name: 'gated', env: gatedEnv }] });
  const variants = {
    open: { origin: ORIGIN },
    gated: { origin: ORIGIN, 'x-api-key': KEY },
  };
  const send = async (name: 'open' | 'gated') => {
    const start = performance.now();
    const body = await app.query(QUERY, undefined, name, variants[name]);
    const ms = performance.now() - start;
    if (body.errors?.length) throw new Error(`gate ${name}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return ms;
  };
  try {
    app.setLatency(0);
    // The comparison means something only if the gated app does refuse a caller without the key.
    const refused = await app.query(QUERY, undefined, 'gated', { origin: ORIGIN });
    if (!refused.errors?.length || refused.data) throw new Error('gate: the gated app answered a caller without credentials');
    for (let i = 0; i < 150; i += 1) {
      await send('open');
      await send('gated');
    }
    const times = { open: [] as number[], gated: [] as number[] };
    const diffs: number[] = [];
    for (let i = 0; i < pairs; i += 1) {
      const order: ('open' | 'gated')[] = i % 2 === 0 ? ['open', 'gated'] : ['gated', 'open'];
      const got: Record<string, number> = {};
      for (const name of order) got[name] = await send(name);
      times.open.push(got.open!);
      times.gated.push(got.gated!);
      diffs.push(got.gated! - got.open!);
    }

    // CPU per query under load, 32 clients, alternating slices of each variant.
    const cpu = { open: { ms: 0, count: 0 }, gated: { ms: 0, count: 0 } };
    const slices = ['open', 'gated', 'gated', 'open', 'gated', 'open', 'open', 'gated'] as const;
    for (const name of slices) {
      const before = await app.cpu();
      const run = await load(32, (2 * loadSeconds) / slices.length, async () => void (await app.query(QUERY, undefined, name, variants[name])));
      const after = await app.cpu();
      cpu[name].ms += after.ms - before.ms;
      cpu[name].count += run.count;
    }

    const p50 = { open: median(times.open), gated: median(times.gated) };
    const perQuery = { open: cpu.open.ms / cpu.open.count, gated: cpu.gated.ms / cpu.gated.count };
    // The median of the per-pair differences is the estimate: each pair is measured back to back, so
    // drift on a shared machine cancels out; the difference of the two p50s is shown beside it.
    const cost = median(diffs);
    const verdict = cost <= 0.3 ? 'within 0.3 ms' : 'OVER 0.3 ms';
    return {
      tables: [
        {
          title: 'HTTP gate cost (issue 10): the W1 query with caller authentication on vs off, alternating, 0 ms upstream',
          headers: ['variant', 'p50 ms', 'p99 ms', 'CPU ms/q @32'],
          rows: [
            [
              'open (no auth, no CORS origins)',
              p50.open.toFixed(2),
              percentile(
                [...times.open].sort((a, b) => a - b),
                99,
              ).toFixed(2),
              perQuery.open.toFixed(3),
            ],
            [
              'gated (API key, CORS list, limits)',
              p50.gated.toFixed(2),
              percentile(
                [...times.gated].sort((a, b) => a - b),
                99,
              ).toFixed(2),
              perQuery.gated.toFixed(3),
            ],
            [
              'gate cost (gated − open)',
              `${cost.toFixed(2)} (${verdict})`,
              `p50 difference ${(p50.gated - p50.open).toFixed(2)}`,
              (perQuery.gated - perQuery.open).toFixed(3),
            ],
          ],
          notes: [
            `${pairs} pairs sent one after the other, the first of each pair alternating, after 150 warm-up pairs; the gate cost is the median of the per-pair differences (drift cancels within a pair), the p50 difference beside it. CPU: ${slices.length} alternating load slices, ${loadSeconds} s per variant.`,
            'Both apps share one idgraph process and one provider runtime; query limits and CSRF run in both, so the difference is API-key authentication and CORS.',
          ],
        },
      ],
    };
  } finally {
    await app.close();
  }
}
