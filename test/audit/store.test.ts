/** The audit store on its embedded backing (PGlite on disk, the default). PostgreSQL: test/postgres/audit-store.test.ts. */
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openAuditStore, redact } from '../../src/audit/store.js';
import { AuditTrail } from '../../src/audit/trail.js';
import { contract } from './contract.js';

const dir = mkdtempSync(join(tmpdir(), 'idgraph-audit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// A data directory that does not exist yet (like the default ./.idgraph/audit on a fresh checkout): the store creates it.
const dataDir = join(dir, 'idgraph', 'audit');
contract('embedded store (PGlite in a data directory, the default)', () => openAuditStore({ databaseUrl: null, dataDir }));
// AUDIT_STORE=memory (tests and experiments): the same contract in process memory.
contract('memory store (AUDIT_STORE=memory)', () => openAuditStore({ databaseUrl: null, dataDir, store: 'memory' }));

describe('append-only, enforced by the database', () => {
  it('PGlite: the events outlive the store, and UPDATE and DELETE are refused outside the retention purge', async () => {
    const { PGlite } = await import('@electric-sql/pglite');
    const raw = await PGlite.create(dataDir);
    try {
      expect((await raw.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_events')).rows[0]!.n).toBe(3);
      await expect(raw.query("UPDATE audit_events SET subject = 'mallory'")).rejects.toThrow(/append-only \(UPDATE refused\)/);
      await expect(raw.query('DELETE FROM audit_events')).rejects.toThrow(/append-only \(DELETE refused\)/);
    } finally {
      await raw.close();
    }
  }, 60_000);

  it('redact() removes secret-looking keys at any depth', () => {
    expect(
      redact({ password: 'x', rePassword: 'y', apiKey: 'k', tokenValue: 't', email: 'a@b.c', isPasskeysEnabled: true, list: [{ client_secret: 'z' }] }),
    ).toEqual({
      isPasskeysEnabled: true,
      password: '[REDACTED]',
      rePassword: '[REDACTED]',
      apiKey: '[REDACTED]',
      tokenValue: '[REDACTED]',
      email: 'a@b.c',
      list: [{ client_secret: '[REDACTED]' }],
    });
  });
});

describe('retention (AUDIT_RETENTION_DAYS)', () => {
  it('the trail purges events older than the retention when it opens the store', async () => {
    const event = {
      requestId: 'r',
      subject: 'ops',
      callerKind: 'api-key' as const,
      scopes: ['admin'],
      operation: 'deleteUser',
      input: {},
      targets: [],
      outcome: 'SUCCESS' as const,
    };
    // The store as the trail finds it when it opens: an event of 40 days ago and one of now.
    const trail = new AuditTrail(
      async () => {
        const store = await openAuditStore({ databaseUrl: null, dataDir: 'memory://' });
        await store.append({ ...event, at: new Date(Date.now() - 40 * 86_400_000), requestId: 'old' });
        await store.append({ ...event, requestId: 'new' });
        return store;
      },
      { retentionDays: 30 },
    );
    try {
      expect((await trail.list({}, { first: 10 })).events.map((e) => e.requestId)).toEqual(['new']);
    } finally {
      await trail.close();
    }
  }, 60_000);

  it('a new cluster starts from the kept template (no initdb), which an opened store leaves behind for the next', async () => {
    const fresh = join(dir, 'from-template');
    const store = await openAuditStore({ databaseUrl: null, dataDir: fresh });
    try {
      // Whichever store of this machine opened first made it; this one was loaded from it or made it.
      expect(readdirSync(tmpdir()).filter((f) => /^idgraph-pglite-cluster-\d+\.\d+\.\d+\.tar\.gz$/.test(f))).not.toHaveLength(0);
      expect(existsSync(join(fresh, 'PG_VERSION'))).toBe(true);
      const stored = await store.append({
        requestId: 'tpl',
        subject: 'ops',
        callerKind: 'api-key',
        scopes: ['admin'],
        operation: 'deleteUser',
        input: {},
        targets: [],
        outcome: 'SUCCESS',
      });
      expect((await store.list({}, { first: 5 })).events.map((e) => e.id)).toEqual([stored.id]);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('a data directory that cannot be created fails at once, naming the reason', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    await expect(openAuditStore({ databaseUrl: null, dataDir: join(file, 'audit') })).rejects.toThrow(/ENOTDIR/);
  });
});
