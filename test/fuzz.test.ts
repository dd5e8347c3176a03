/**
 * Fuzz: thousands of generated bad requests (malformed JSON and GraphQL, wrong types, huge and
 * negative page sizes, forged and truncated cursors and ids, oversized strings, unknown enum values,
 * deep and wide queries). Zero 5xx, zero unhandled errors, every answer a GraphQL error with a code,
 * and never INTERNAL_SERVER_ERROR (which would be a crash behind the mask).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/auth/authenticator.js';
import { seededRandom } from '../src/sandbox/server.js';
import { createTestApp, type TestApp } from './helpers/app.js';
import { graphql } from './gql/index.js';

const COUNT = 5_200;

interface BadRequest {
  kind: string;
  body: string;
  headers?: Record<string, string>;
}

function generator(seed: number, real: { userId: string; roleId: string; cursor: string }) {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const text = (n: number) => Array.from({ length: n }, () => String.fromCharCode(32 + int(95))).join('');
  const b64 = (s: string) => Buffer.from(s).toString('base64url');
  const json = (query: string, variables?: unknown) => JSON.stringify({ query, ...(variables === undefined ? {} : { variables }) });
  const valid = [
    '{ users(provider: APALEO, first: 3) { edges { cursor node { id email } } } }',
    '{ roles(provider: APALEO) { edges { node { id name } } } }',
    'query Q($id: ID!) { node(id: $id) { id } }',
    'mutation { updateUser(input: { id: "x", firstName: "A" }) { __typename ... on Error { code } } }',
  ];
  const forgedIds = () =>
    pick([
      text(1 + int(40)),
      b64(`User:apaleo:`),
      b64(`Gizmo:apaleo:${text(5)}`),
      b64(`User:nowhere:${text(5)}`),
      b64(text(20)),
      real.userId.slice(0, 1 + int(7)),
      `${real.userId}==`,
      '',
      '🦄'.repeat(1 + int(5)),
    ]);
  const forgedCursors = () =>
    pick([
      text(1 + int(60)),
      real.cursor.slice(0, 3 + int(real.cursor.length - 4)),
      `c1.${b64(text(30))}`,
      `c1.${b64(JSON.stringify({ p: 'apaleo', l: 'users', q: 'x', o: 3 }))}`,
      `c1.${b64(JSON.stringify({ p: 'apaleo', l: 'roles', o: -int(100) - 1 }))}`,
      `c1.${b64('[]')}`,
      `c1.${b64('null')}`,
      '',
    ]);

  const kinds: (() => BadRequest)[] = [
    () => ({
      kind: 'malformed json',
      body: pick(['{', '{"query":', 'nul', '[]', '[1,2]', 'null', '"query"', '{"query":5}', '{"query":null}', '{}', '{"variables":{}}', text(1 + int(80))]),
    }),
    () => {
      const q = pick(valid);
      return { kind: 'truncated graphql', body: json(q.slice(0, int(q.length - 1))) };
    },
    () => {
      const q = pick(valid);
      const at = int(q.length);
      return { kind: 'mangled graphql', body: json(q.slice(0, at) + pick(['{', '}', '(', ')', '$', '!', ':', '"', '@', '...', '#']) + q.slice(at)) };
    },
    () => ({
      kind: 'wrong types',
      body: json(
        pick([
          '{ users(provider: APALEO, first: "ten") { totalCount } }',
          '{ users(provider: APALEO, first: 1.5) { totalCount } }',
          '{ users(provider: "APALEO", first: 1) { totalCount } }',
          '{ users(provider: APALEO, filter: { propertyIds: 5 }) { totalCount } }',
          '{ user(provider: APALEO, id: 42) { id } }',
          '{ users(provider: APALEO, filter: "x") { totalCount } }',
          '{ node(id: 12) { id } }',
          '{ providers(first: 1) { provider } }',
          '{ users(provider: APALEO) { edges { node { id { x } } } } }',
          '{ users(provider: APALEO) }',
        ]),
      ),
    }),
    () => ({
      kind: 'wrong variable types',
      body: json(
        'query($n: Int, $p: Provider!) { users(provider: $p, first: $n) { totalCount } }',
        pick([
          { n: 'x', p: 'APALEO' },
          { n: 1, p: 'NOPE' },
          { n: 1 },
          { n: [1], p: 'APALEO' },
          { n: 1e12, p: 'APALEO' },
          { n: {}, p: 1 },
          'not an object',
          [1, 2],
        ]),
      ),
    }),
    () => {
      const arg = pick(['first', 'last']);
      const value = pick([-1, 0, -int(1_000_000) - 1, 501 + int(100_000), 2_147_483_647, -2_147_483_648]);
      return { kind: 'bad page size', body: json(`query($v: Int) { users(provider: APALEO, ${arg}: $v) { totalCount } }`, { v: value }) };
    },
    () => ({
      kind: 'huge literal page size',
      body: json(`{ roles(provider: APALEO, first: ${pick(['99999999999', '-99999999999', '1e3', '0x10'])}) { totalCount } }`),
    }),
    () => ({
      kind: 'forged cursor',
      body: json(
        `query($c: String) { ${pick(['users', 'roles', 'invitations', 'tenants'])}(provider: APALEO, ${pick(['after', 'before'])}: $c, first: 2) { totalCount } }`,
        { c: forgedCursors() },
      ),
    }),
    () => ({ kind: 'forged id', body: json('query($id: ID!) { node(id: $id) { id } }', { id: forgedIds() }) }),
    () => ({ kind: 'forged ids', body: json('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [real.roleId, forgedIds()] }) }),
    () => ({
      kind: 'forged mutation id',
      body: json(
        `mutation($id: ID!) { ${pick(['updateUser(input: { id: $id, firstName: "A" })', 'deleteInvitation(input: { id: $id })'])} { __typename ... on Error { code } } }`,
        {
          id: forgedIds(),
        },
      ),
    }),
    () => {
      const big = 'x'.repeat(pick([300, 5_000, 100_000]));
      return {
        kind: 'oversized string',
        body: json(
          pick([
            'query($s: String) { user(provider: APALEO, id: $s) { id } }',
            'query($s: String) { user(provider: APALEO, email: $s) { id } }',
            'query($s: String) { users(provider: APALEO, filter: { email: $s }) { totalCount } }',
            'query($s: String!) { updateUser(input: { id: "VXNlcjphcGFsZW86eA", firstName: $s }) { __typename ... on Error { code } } }',
            'query($s: String!) { createInvitation(input: { provider: APALEO, email: $s }) { __typename ... on Error { code } } }',
          ]).replace(/^query(?=\(\$s: String!\) \{ (update|create))/, 'mutation'),
          { s: big },
        ),
      };
    },
    () => ({
      kind: 'unknown enum',
      body: json(
        pick([
          `{ users(provider: ${pick(['FOO', 'apaleo', 'APALEO_X', 'NULL'])}) { totalCount } }`,
          `{ users(provider: APALEO, filter: { status: ${pick(['MAYBE', 'enabled', 'TRUE'])} }) { totalCount } }`,
          `{ users(provider: APALEO, filter: { sort: [${pick(['UP', 'NAME', 'email_asc'])}] }) { totalCount } }`,
          'query($s: UserStatus) { users(provider: APALEO, filter: { status: $s }) { totalCount } }',
        ]),
        { s: 'SOMETIMES' },
      ),
    }),
    () => {
      const depth = 8 + int(20);
      let inner = 'id';
      for (let i = 0; i < depth; i += 1) inner = `tenants { users(first: 1) { edges { node { ${inner} } } } }`;
      return { kind: 'deep query', body: json(`{ users(provider: APALEO, first: 1) { edges { node { ${inner} } } } }`) };
    },
    () => {
      const n = 40 + int(400);
      return { kind: 'wide query', body: json(`{ ${Array.from({ length: n }, (_, i) => `a${i}: providers { provider }`).join(' ')} }`) };
    },
    () => ({
      kind: 'costly query',
      body: json(`{ tenants(provider: APALEO, first: 500) { edges { node { users(first: 500) { edges { node { id } } } } } } }`),
    }),
    () => ({ kind: 'unknown operation', body: JSON.stringify({ query: '{ providers { provider } }', operationName: 'Nope' }) }),
    () => ({ kind: 'two anonymous operations', body: json('{ providers { provider } } { providers { mode } }') }),
    () => ({ kind: 'mutation over GET-like simple body', body: json('{ providers { provider } }'), headers: { 'content-type': 'text/plain' } }),
  ];
  return () => kinds[int(kinds.length)]!();
}

describe('fuzz', () => {
  let app: TestApp;
  let real: { userId: string; roleId: string; cursor: string };
  const unhandled: unknown[] = [];
  const onUnhandled = (error: unknown) => unhandled.push(error);

  beforeAll(async () => {
    process.on('unhandledRejection', onUnhandled);
    process.on('uncaughtException', onUnhandled);
    app = await createTestApp();
    const users = await app.gql(
      graphql(
        `query FuzzUsers { users(provider: APALEO, first: 2) { edges { cursor node { id } } } roles(provider: APALEO, first: 1) { edges { node { id } } } }`,
      ),
    );
    real = { userId: users.data!.users.edges[0]!.node.id, cursor: users.data!.users.edges[0]!.cursor, roleId: users.data!.roles.edges[0]!.node.id };
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    process.off('uncaughtException', onUnhandled);
    await app.close();
  });

  it(`${COUNT} generated bad requests: no 5xx, every answer a GraphQL error with a code, server still serving`, async () => {
    const next = generator(20261123, real);
    const requests = Array.from({ length: COUNT }, next);
    const failures: string[] = [];
    const byKind = new Map<string, number>();
    let index = 0;
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (index < requests.length) {
          const request = requests[index++]!;
          byKind.set(request.kind, (byKind.get(request.kind) ?? 0) + 1);
          const { status, text } = await app.raw(request.body, request.headers);
          const problem = check(status, text);
          if (problem && failures.length < 20) failures.push(`${request.kind}: ${problem}\n    ${request.body.slice(0, 200)}`);
        }
      }),
    );
    expect(failures).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(byKind.size).toBeGreaterThanOrEqual(18);
    const after = await app.gql(graphql(`query FuzzUsers2 { users(provider: APALEO, first: 1) { totalCount } }`));
    expect(after.errors).toBeUndefined();
  }, 120_000);
});

describe('fuzz: forged credentials', () => {
  it('600 forged, truncated and oversized credentials: each a 401 UNAUTHENTICATED, never a 5xx', async () => {
    const key = 'the-real-key-0123456789';
    const app = await createTestApp({
      AUTH_API_KEYS: JSON.stringify([{ name: 'ops', sha256: sha256Hex(key), scopes: ['admin'] }]),
      AUTH_JWT_ISSUER: 'https://issuer.example/',
      AUTH_JWT_AUDIENCE: 'idgraph',
      AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    });
    try {
      const random = seededRandom(7);
      const int = (n: number) => Math.floor(random() * n);
      const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
      const text = (n: number) => Array.from({ length: n }, () => String.fromCharCode(33 + int(94))).join('');
      const forged = (): Record<string, string> => {
        switch (int(8)) {
          case 0:
            return { authorization: `Bearer ${text(1 + int(60))}` };
          case 1:
            return { authorization: `Bearer ${b64({ alg: 'none' })}.${b64({ scope: 'admin', iss: 'https://issuer.example/', aud: 'idgraph' })}.` };
          case 2:
            return { authorization: `Bearer ${b64({ alg: 'RS256', kid: text(4) })}.${b64({ scope: 'admin' })}.${b64(text(40))}` };
          case 3:
            return { authorization: `Bearer ${key.slice(0, int(key.length))}` };
          case 4:
            return { 'x-api-key': `${key}${text(1 + int(3))}` };
          case 5:
            return { authorization: `Bearer ${'A'.repeat(5_000 + int(20_000))}` };
          case 6:
            return { authorization: `${['Basic', 'Token', 'bearer', ''][int(4)]} ${text(20)}` };
          default:
            return { authorization: `Bearer ${b64(text(10))}.${b64(text(30))}.${b64(text(30))}` };
        }
      };
      const problems: string[] = [];
      let index = 0;
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (index < 600) {
            index += 1;
            const headers = forged();
            const { status, text: body } = await app.raw(JSON.stringify({ query: '{ users(provider: APALEO, first: 1) { totalCount } }' }), headers);
            const code = (JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
            if (status !== 401 || code !== 'UNAUTHENTICATED') problems.push(`${status} ${code}: ${JSON.stringify(headers).slice(0, 120)}`);
          }
        }),
      );
      expect(problems.slice(0, 10)).toEqual([]);
      const ok = await app.raw(JSON.stringify({ query: '{ providers { provider } }' }), { authorization: `Bearer ${key}` });
      expect(ok.status).toBe(200);
    } finally {
      await app.close();
    }
  }, 60_000);
});

/** Null when the answer is a proper GraphQL error answer; otherwise what is wrong with it. */
function check(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}`;
  let body: { data?: Record<string, unknown> | null; errors?: { message?: string; extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return `not JSON: ${text.slice(0, 100)}`;
  }
  const errors = body.errors ?? [];
  // A mutation may answer its typed error in data (`... on Error { code }`).
  const typed = Object.values(body.data ?? {}).filter((v): v is { code: unknown } => !!v && typeof v === 'object' && 'code' in v);
  if (errors.length === 0 && typed.length === 0) return `no error in ${text.slice(0, 200)}`;
  for (const error of errors) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || code === '') return `error without a code: ${error.message}`;
    if (code === 'INTERNAL_SERVER_ERROR') return `internal error: ${error.message}`;
    if (/\n\s+at |node_modules|\.ts:\d+/.test(JSON.stringify(error))) return `stack trace leaked: ${error.message}`;
  }
  for (const t of typed) if (typeof t.code !== 'string') return 'typed error without a code';
  return null;
}
