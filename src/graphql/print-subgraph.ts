/**
 * Writes schema/subgraph.graphql, the Federation v2 SDL (printSubgraphSchema), or with --check fails
 * when the committed file is stale. Run by `npm run codegen` / `npm run codegen:check`.
 */
import { printSubgraphSchema } from '@apollo/subgraph';
import { isMainModule, writeOrCheck } from './generated-file.js';
import { subgraphSchema } from './schema.js';

export function subgraphSdl(): string {
  return `${printSubgraphSchema(subgraphSchema).trim()}\n`;
}

if (isMainModule(import.meta.url)) writeOrCheck(new URL('../../schema/subgraph.graphql', import.meta.url), 'schema/subgraph.graphql', subgraphSdl());
