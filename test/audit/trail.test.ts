/** The audit trail over HTTP on the embedded store (PGlite in memory); PostgreSQL: test/postgres/audit-trail.test.ts. Failure policy below. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requestIdOf } from '../../src/audit/trail.js';
import { createTestApp } from '../helpers/app.js';
import { API_KEYS, gql, KEYS, trailScenario } from './trail-scenario.js';

trailScenario('embedded store', async () => ({ AUDIT_DATA_DIR: 'memory://' }));

describe('failure policy: fail closed', () => {
  const DELETE = 'mutation D($id: ID!) { deleteUser(input: { id: $id }) { __typename ... on Error { code } } }';

  it('an audit store that cannot be opened refuses every mutation with AUDIT_UNAVAILABLE (503) before anything is sent upstream', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'idgraph-audit-broken-'));
    writeFileSync(join(dir, 'file'), 'not a directory');
    const app = await createTestApp({ AUTH_API_KEYS: API_KEYS, AUDIT_ENABLED: 'true', AUDIT_DATA_DIR: join(dir, 'file', 'audit') });
    try {
      const users = await gql(app, KEYS.admin, '{ users(provider: LOGTO, first: 1) { edges { node { id } } } }');
      const id = users.data.users.edges[0].node.id;
      const sim = app.runtime.simulators.logto!;
      sim.resetCounts();
      const r = await gql(app, KEYS.admin, DELETE, { id });
      expect(r.status).toBe(503);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]).toMatchObject({ message: expect.stringMatching(/refused before anything was sent/), extensions: { code: 'AUDIT_UNAVAILABLE' } });
      expect(sim.count()).toBe(0);
      // The user is still there.
      expect((await gql(app, KEYS.admin, 'query N($id: ID!) { node(id: $id) { id } }', { id })).data.node).toEqual({ id });
      // Reads keep working; reading the trail says why it cannot.
      expect((await gql(app, KEYS.admin, '{ auditEvents { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('a write that fails after the change keeps the answer, reports AUDIT_UNAVAILABLE beside it, and refuses the next mutations', async () => {
    const app = await createTestApp({ AUTH_API_KEYS: API_KEYS, AUDIT_ENABLED: 'true', AUDIT_DATA_DIR: 'memory://' });
    try {
      const users = await gql(app, KEYS.admin, '{ users(provider: LOGTO, first: 2) { edges { node { id } } } }');
      const [first, second] = users.data.users.edges.map((e: any) => e.node.id);
      await (await app.audit!.store()).close(); // the store breaks under the trail's feet
      const done = await gql(app, KEYS.admin, DELETE, { id: first });
      expect(done.data.deleteUser.__typename).toBe('UserDeletion');
      expect(done.errors?.[0]).toMatchObject({ path: ['deleteUser'], extensions: { code: 'AUDIT_UNAVAILABLE' } });
      const sim = app.runtime.simulators.logto!;
      sim.resetCounts();
      const refused = await gql(app, KEYS.admin, DELETE, { id: second });
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]?.extensions?.code).toBe('AUDIT_UNAVAILABLE');
      expect(sim.count()).toBe(0);
    } finally {
      await app.close().catch(() => undefined);
    }
  }, 60_000);
});

describe('request ids', () => {
  it('a sane x-request-id is kept; a missing or odd one is replaced by a generated UUID', () => {
    const req = (value?: string) => ({ headers: { get: (name: string) => (name === 'x-request-id' ? (value ?? null) : null) } });
    expect(requestIdOf(req('abc-123'))).toBe('abc-123');
    expect(requestIdOf(req())).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(req('a b\nc'))).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdOf(req('x'.repeat(129)))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
