/**
 * The audit trail over HTTP with DATABASE_URL set: the same scenario as the embedded store
 * (test/audit/trail-scenario.ts) on a real PostgreSQL server, and the rows are there in PostgreSQL.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openAuditStore } from '../../src/audit/store.js';
import { startPostgres, type PostgresServer } from '../audit/postgres-server.js';
import { trailScenario } from '../audit/trail-scenario.js';

let pg: PostgresServer | null = null;
afterAll(() => pg?.stop());

trailScenario('PostgreSQL (DATABASE_URL)', async () => {
  pg = await startPostgres();
  return { DATABASE_URL: pg.url, AUDIT_DATA_DIR: '/nonexistent/never-used' };
});

describe('the events are in PostgreSQL', () => {
  it('every recorded mutation is a row of audit_events, with its caller and outcome', async () => {
    const store = await openAuditStore({ databaseUrl: pg!.url, dataDir: 'unused' });
    try {
      expect(store.kind).toBe('postgres');
      const { events } = await store.list({}, { first: 500 });
      expect(events.length).toBeGreaterThanOrEqual(12);
      expect(new Set(events.map((e) => e.subject))).toEqual(new Set(['writer', 'inviter', 'admin', 'auditor']));
      expect(events.filter((e) => e.outcome === 'UNKNOWN').length).toBeGreaterThanOrEqual(1);
      expect(await store.list({ subject: 'writer' }, { first: 500 }).then((p) => p.events.length)).toBe(4);
    } finally {
      await store.close();
    }
  });
});
