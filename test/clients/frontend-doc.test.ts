/**
 * docs/frontend.md shows the client snippets verbatim: every ```ts block is preceded by a
 * `<!-- snippet: path -->` marker and equals that file (which `npm run typecheck` checks and
 * clients.test.ts runs). schema/possible-types.json, which the Apollo snippet imports, is fresh.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { possibleTypesJson } from '../../src/graphql/print-possible-types.js';

const root = new URL('../../', import.meta.url);
const doc = readFileSync(new URL('docs/frontend.md', root), 'utf8');

describe('docs/frontend.md', () => {
  const blocks = [...doc.matchAll(/(?:<!-- snippet: (\S+) -->\n)?```ts\n([\s\S]*?)^```$/gm)];

  it('has a snippet for each client, each marked with its file', () => {
    expect(blocks.length).toBe(4);
    for (const block of blocks) expect(block[1], block[2]!.slice(0, 80)).toBeTruthy();
    expect(blocks.map((b) => b[1])).toEqual([
      'test/clients/snippets/apollo.ts',
      'test/clients/snippets/urql.ts',
      'test/clients/snippets/graphql-request.ts',
      'test/clients/snippets/relay.ts',
    ]);
  });

  it.each(blocks.map((b) => [b[1]!, b[2]!]))('shows %s verbatim', (path, code) => {
    expect(code).toBe(readFileSync(new URL(path, root), 'utf8'));
  });

  it('is linked from the README', () => {
    expect(readFileSync(new URL('README.md', root), 'utf8')).toContain('(docs/frontend.md)');
  });

  it('relies on a fresh schema/possible-types.json that knows every Error', () => {
    const committed = readFileSync(new URL('schema/possible-types.json', root), 'utf8');
    expect(committed).toBe(possibleTypesJson());
    const types = JSON.parse(committed) as Record<string, string[]>;
    expect(types.Error).toEqual(expect.arrayContaining(['UpstreamError', 'ValidationError', 'NotFoundError', 'UnsupportedOperationError']));
    expect(types.Node).toEqual(expect.arrayContaining(['User', 'Invitation', 'Role', 'Tenant', 'Person']));
  });
});
