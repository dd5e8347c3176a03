/**
 * The audit store on a real PostgreSQL server (Debian's postgresql, started on a private port and data
 * directory by the test): the same contract as the embedded store, and append-only enforced by the
 * database. Run by `npm run test:postgres` (installed by .ci/run when missing), not by `npm test`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { openAuditStore } from '../../src/audit/store.js';
import { contract } from '../audit/contract.js';
import { startPostgres, type PostgresServer } from '../audit/postgres-server.js';

let pg: PostgresServer | null = null;
contract('PostgreSQL (DATABASE_URL)', async () => {
  pg = await startPostgres();
  return openAuditStore({ databaseUrl: pg.url, dataDir: 'unused' });
});
afterAll(() => pg?.stop());

describe('append-only, enforced by the database', () => {
  it('PostgreSQL: UPDATE and DELETE are refused outside the retention purge', async () => {
    const { default: pgModule } = await import('pg');
    const client = new pgModule.Client({ connectionString: pg!.url });
    await client.connect();
    try {
      await expect(client.query("UPDATE audit_events SET subject = 'mallory'")).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(client.query('DELETE FROM audit_events')).rejects.toThrow(/append-only \(DELETE refused\)/);
      expect((await client.query('SELECT count(*)::int AS n FROM audit_events')).rows[0].n).toBe(3);
    } finally {
      await client.end();
    }
  });
});
