/**
 * The generated files under schema/ (`npm run codegen`): write one, or with --check fail when the
 * committed copy differs. Shared by print-subgraph.ts and print-possible-types.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** True when `moduleUrl` is the script node was started with (not imported by a test). */
export function isMainModule(moduleUrl: string): boolean {
  return process.argv[1] != null && moduleUrl.endsWith(process.argv[1].split('/').pop() ?? '');
}

/** Writes `content` to `target` (a path under schema/), or with --check exits 1 when the file is stale. */
export function writeOrCheck(target: URL, name: string, content: string): void {
  if (!process.argv.includes('--check')) {
    writeFileSync(target, content);
    console.log(`wrote ${name}`);
    return;
  }
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    committed = '';
  }
  if (committed !== content) {
    console.error(`${name} is stale: run \`npm run codegen\``);
    process.exit(1);
  }
  console.log(`${name} is up to date`);
}
