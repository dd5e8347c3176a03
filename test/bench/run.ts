/**
 * `npm run bench [suite]`: latency, upstream calls, CPU and throughput against the simulators with
 * injected latency. Prints the tables of the critical path and of the gate, then one table of the
 * per-provider rows. Not part of `npm test`. Columns: test/bench/README.md.
 */
import { existsSync } from 'node:fs';
import { PROVIDER_IDS } from '../../src/domain/types.js';
import { formatTable, type BenchResult, type BenchRow, type BenchTable } from './lib.js';
import { benchCritical } from './critical.js';
import { benchCore } from './core.js';
import { benchFloor } from './floor.js';
import { benchGate } from './gate.js';
import { benchOps } from './ops.js';
import { benchSoak } from './soak.js';
import { benchReplicas } from './replicas.js';

const suites: [string, () => Promise<BenchRow[] | BenchResult>][] = [
  ['critical', benchCritical],
  ['core', benchCore],
  ['floor', benchFloor],
  ['gate', benchGate],
  ['ops', benchOps],
  // One suite per registry entry: test/bench/<id>.ts (its default export), where the provider has one.
  ...(await providerSuites()),
  // Issue 16: needs redis-server and haproxy (a "skipped" row without them).
  ['replicas', benchReplicas],
  // Keep this last: it spans every provider and runs longest.
  ['soak', benchSoak],
];

async function providerSuites(): Promise<[string, () => Promise<BenchRow[] | BenchResult>][]> {
  const suites: [string, () => Promise<BenchRow[] | BenchResult>][] = [];
  for (const id of PROVIDER_IDS) {
    const path = new URL(`./${id}.ts`, import.meta.url);
    if (!existsSync(path)) continue;
    const bench = ((await import(path.href)) as { default: () => Promise<BenchRow[] | BenchResult> }).default;
    suites.push([id, bench]);
  }
  return suites;
}

const only = process.argv[2];
if (only && !suites.some(([name]) => name === only)) {
  console.error(`unknown suite ${JSON.stringify(only)}; suites: ${suites.map(([name]) => name).join(', ')}`);
  process.exit(2);
}
const rows: BenchRow[] = [];
const tables: BenchTable[] = [];
const started = performance.now();
for (const [name, suite] of suites) {
  if (only && only !== name) continue;
  process.stderr.write(`running ${name}…\n`);
  const t = performance.now();
  const result = await suite();
  if (Array.isArray(result)) rows.push(...result);
  else {
    rows.push(...(result.rows ?? []));
    tables.push(...(result.tables ?? []));
  }
  process.stderr.write(`  ${name}: ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
}

for (const table of tables) {
  console.log(`\n${table.title}\n`);
  console.log(formatTable(table.headers, table.rows));
  for (const note of table.notes ?? []) console.log(note);
}
if (rows.length > 0) {
  console.log('');
  console.log(
    formatTable(
      ['provider', 'benchmark', 'result', 'note'],
      rows.map((r) => [r.provider, r.name, r.value, r.note ?? '']),
    ),
  );
}
process.stderr.write(`bench: ${((performance.now() - started) / 1000).toFixed(0)} s in all\n`);
process.exit(0);
