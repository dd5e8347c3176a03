/**
 * `npm run bench`: upstream call counts, latency and throughput against the simulators with injected
 * latency. Prints one table. Not part of `npm test`.
 */
import type { BenchRow } from './lib.js';
import { benchApaleo } from './apaleo.js';
import { benchAcross } from './across.js';
import { benchAuthress } from './authress.js';
import { benchLogto } from './logto.js';
import { benchLumapps } from './lumapps.js';
import { benchSoak } from './soak.js';

const suites: [string, () => Promise<BenchRow[]>][] = [
  ['apaleo', benchApaleo],
  ['authress', benchAuthress],
  ['logto', benchLogto],
  ['lumapps', benchLumapps],
  // Keep these last: they span every provider.
  ['across', benchAcross],
  ['soak', benchSoak],
];

const only = process.argv[2];
const rows: BenchRow[] = [];
for (const [name, suite] of suites) {
  if (only && only !== name) continue;
  process.stderr.write(`running ${name}…\n`);
  rows.push(...(await suite()));
}

const headers = ['provider', 'benchmark', 'result', 'note'];
const table = rows.map((r) => [r.provider, r.name, r.value, r.note ?? '']);
const widths = headers.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(headers));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
for (const row of table) console.log(line(row));
process.exit(0);
