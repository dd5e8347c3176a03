/**
 * Every example in README.md and docs/*.md runs as written against the sandbox, so the documents
 * cannot rot (issue 12 item 6):
 * - each fenced ```graphql block that holds operations runs, operation by operation and in document
 *   order, against one fresh sandbox app per document, with no errors; a mutation's result must not be
 *   one of the typed errors (`__typename` is added to read the union member); blocks of SDL only
 *   (type definitions for a supergraph) must parse;
 * - each `curl` in a ```sh block posts its body (and headers) to an app started with the environment
 *   the block sets, and must answer without errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { getNamedType, Kind, parse, print, visit, type DocumentNode, type GraphQLField, type GraphQLObjectType, type OperationDefinitionNode } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { subgraphSchema } from '../src/graphql/schema.js';
import { createTestApp, type TestApp } from './helpers/app.js';

const root = new URL('../', import.meta.url);
const documents = [
  'README.md',
  ...readdirSync(new URL('docs/', root))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

function blocks(markdown: string, lang: string): string[] {
  const found: string[] = [];
  const fence = new RegExp('^```' + lang + '[ \\t]*\\n([\\s\\S]*?)^```[ \\t]*$', 'gm');
  for (const match of markdown.matchAll(fence)) found.push(match[1]!);
  return found;
}

const errorTypes = new Set(subgraphSchema.getPossibleTypes(subgraphSchema.getType('Error') as never).map((t) => t.name));

/** The operation with `__typename` selected on every root field, to tell a result from a typed error. */
function withTypename(operation: OperationDefinitionNode): DocumentNode {
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  const doc: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation] };
  return visit(doc, {
    OperationDefinition: (op) => ({
      ...op,
      selectionSet: {
        ...op.selectionSet,
        selections: op.selectionSet.selections.map((s) =>
          s.kind === Kind.FIELD && s.selectionSet ? { ...s, selectionSet: { ...s.selectionSet, selections: [typename, ...s.selectionSet.selections] } } : s,
        ),
      },
    }),
  });
}

/** One curl command of a sh block: its environment, headers and body. */
interface Curl {
  env: Record<string, string>;
  headers: Record<string, string>;
  body: string;
}

function curls(block: string): Curl[] {
  const env: Record<string, string> = {};
  const found: Curl[] = [];
  const logical = block.replace(/\\\n\s*/g, ' ').split('\n');
  for (const line of logical) {
    if (/\bnpm start\b/.test(line)) {
      for (const m of line.matchAll(/\b([A-Z][A-Z0-9_]*)=('([^']*)'|(\S+))/g)) env[m[1]!] = m[3] ?? m[4]!;
    }
    if (!/\bcurl\b/.test(line) || !/127\.0\.0\.1:4000\/graphql/.test(line)) continue;
    const headers: Record<string, string> = {};
    for (const m of line.matchAll(/-H '([^:']+):\s*([^']*)'/g)) headers[m[1]!.toLowerCase()] = m[2]!;
    const body = /-d '([^']*)'/.exec(line)?.[1];
    if (body) found.push({ env: { ...env }, headers, body });
  }
  return found;
}

const apps: TestApp[] = [];
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
});

describe.each(documents)('examples in %s', (file) => {
  const markdown = readFileSync(new URL(file, root), 'utf8');
  const graphqlBlocks = blocks(markdown, 'graphql');

  it('run as written, in document order, without errors', async () => {
    const app = await createTestApp();
    apps.push(app);
    let operations = 0;
    for (const block of graphqlBlocks) {
      const doc = parse(block);
      const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length === 0) continue; // SDL for a supergraph: parsing it is the check
      for (const op of ops) {
        operations += 1;
        const label = `${file}: ${op.name?.value ?? block.slice(0, 60)}`;
        const query = op.operation === 'mutation' ? print(withTypename(op)) : ops.length === 1 ? block : print({ kind: Kind.DOCUMENT, definitions: [op] });
        const res = await app.gql(query);
        expect(res.errors, `${label}\n${JSON.stringify(res.errors)}`).toBeUndefined();
        expect(res.data, label).not.toBeNull();
        if (op.operation === 'mutation') {
          for (const [field, value] of Object.entries(res.data as Record<string, { __typename: string }>)) {
            expect(errorTypes.has(value.__typename), `${label}: ${field} answered ${JSON.stringify(value)}`).toBe(false);
          }
        }
      }
    }
    if (file === 'README.md') expect(operations).toBeGreaterThanOrEqual(6);
  }, 60_000);

  const commands = blocks(markdown, 'sh').flatMap(curls);
  // Registered only where the document has curl examples (the README must: see the last test).
  if (commands.length > 0)
    it('curl examples answer without errors', async () => {
      for (const curl of commands) {
        const app = await createTestApp(curl.env);
        apps.push(app);
        const res = await app.raw(curl.body, curl.headers);
        expect(res.status, curl.body).toBe(200);
        const body = JSON.parse(res.text) as { errors?: unknown; data?: unknown };
        expect(body.errors, `${curl.body}\n${res.text}`).toBeUndefined();
        expect(body.data).toBeTruthy();
      }
    });
});

it('the README has curl examples, and the SDL block is the only graphql block without operations', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  expect(blocks(readme, 'sh').flatMap(curls).length).toBeGreaterThanOrEqual(2);
  const sdlOnly = blocks(readme, 'graphql').filter((b) => !parse(b).definitions.some((d) => d.kind === Kind.OPERATION_DEFINITION));
  expect(sdlOnly).toHaveLength(1);
});

it('the Security scope table names every scope the code knows, and no other', async () => {
  const { SCOPES } = await import('../src/auth/viewer.js');
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
  const table = security.split('\n').filter((line) => /^\| `/.test(line));
  const named = new Set(table.flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!)));
  expect([...named].sort()).toEqual(Object.keys(SCOPES).sort());
});

it('the Security scope table names each root field under the scope its authScopes declare (read from the schema)', () => {
  const readme = readFileSync(new URL('README.md', root), 'utf8');
  const security = readme.slice(readme.indexOf('## Security'), readme.indexOf('\n## ', readme.indexOf('## Security') + 1));
  const rows = security
    .split('\n')
    .filter((line) => /^\| `/.test(line))
    .map((line) => line.split('|'));
  const scopesOf = (field: GraphQLField<unknown, unknown> | undefined): string[] | undefined =>
    (field?.extensions as { pothosOptions?: { authScopes?: { scopes?: string[] } } } | undefined)?.pothosOptions?.authScopes?.scopes;
  const mutationType = subgraphSchema.getMutationType()!;
  const queryType = subgraphSchema.getQueryType()!;
  const seen = new Set<string>();
  let checked = 0;
  for (const [, scopes, allows] of rows) {
    const scopeNames = [...scopes!.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    // `field` or `field { sub sub }`: a root field, or fields of the type it returns.
    for (const m of allows!.matchAll(/`([A-Za-z_]+)(?: \{ ([^}`]*) \})?`/g)) {
      const root = mutationType.getFields()[m[1]!] ?? queryType.getFields()[m[1]!];
      if (!root) continue;
      seen.add(m[1]!);
      const parent = getNamedType(root.type);
      const fields = m[2] ? m[2].split(/\s+/).map((sub) => (parent as GraphQLObjectType).getFields()[sub]) : [root];
      for (const field of fields) {
        // `_service` and `_entities` are added outside Pothos; federation.ts checks their scopes.
        if (field && !field.extensions.pothosOptions) continue;
        expect(scopesOf(field), `${m[0]} (README: ${scopeNames.join(', ')})`).toEqual(scopeNames);
        checked += 1;
      }
    }
  }
  // Every mutation is in the table, in the row of the scope it declares.
  expect(Object.keys(mutationType.getFields()).filter((f) => !seen.has(f))).toEqual([]);
  expect(checked).toBeGreaterThanOrEqual(12);
});

it('every relative link in the README and docs/ names a file of the repository (issue 12 item 7)', async () => {
  const { existsSync } = await import('node:fs');
  const missing: string[] = [];
  for (const file of documents) {
    const markdown = readFileSync(new URL(file, root), 'utf8');
    for (const m of markdown.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
      const target = m[1]!;
      if (/^[a-z]+:/i.test(target)) continue;
      if (!existsSync(new URL(target, new URL(file, root)))) missing.push(`${file}: ${target}`);
    }
  }
  expect(missing).toEqual([]);
});
