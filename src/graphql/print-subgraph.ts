/**
 * Writes schema/subgraph.graphql, the Federation v2 SDL (printSubgraphSchema), or with --check fails
 * when the committed file is stale. Run by `npm run codegen` / `npm run codegen:check`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { subgraphSchema } from './schema.js';

export function subgraphSdl(): string {
  return `${printSubgraphSchema(subgraphSchema).trim()}\n`;
}

const isMain = process.argv[1] != null && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const target = new URL('../../schema/subgraph.graphql', import.meta.url);
  const sdl = subgraphSdl();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(target, 'utf8');
    } catch {
      committed = '';
    }
    if (committed !== sdl) {
      console.error('schema/subgraph.graphql is stale: run `npm run codegen`');
      process.exit(1);
    }
    console.log('schema/subgraph.graphql is up to date');
  } else {
    writeFileSync(target, sdl);
    console.log('wrote schema/subgraph.graphql');
  }
}
