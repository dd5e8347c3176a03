/** The audit store's contract, run on each backing: PGlite here (npm test), PostgreSQL in test/postgres/. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditStore, NewAuditEvent } from '../../src/audit/store.js';

export const event = (over: Partial<NewAuditEvent> = {}): NewAuditEvent => ({
  requestId: 'req-1',
  subject: 'ops-key',
  callerKind: 'api-key',
  scopes: ['users:write'],
  operation: 'deleteUser',
  input: { id: 'VXNlcjphcGFsZW86MQ==', password: 'hunter2', nested: [{ clientSecret: 's3cr3t', keep: 1 }] },
  targets: [{ provider: 'apaleo', objectId: 'u1', outcome: 'SUCCESS' }],
  outcome: 'SUCCESS',
  ...over,
});

export function contract(name: string, open: () => Promise<AuditStore>) {
  describe(name, () => {
    let store: AuditStore;
    beforeAll(async () => {
      store = await open();
    }, 60_000);
    afterAll(() => store?.close());

    it('appends events with secrets removed and reads them back newest first, page by page', async () => {
      const first = await store.append(event());
      expect(first.input).toEqual({ id: 'VXNlcjphcGFsZW86MQ==', password: '[REDACTED]', nested: [{ clientSecret: '[REDACTED]', keep: 1 }] });
      expect(first.providers).toEqual(['apaleo']);
      await store.append(
        event({
          subject: 'alice',
          operation: 'createUser',
          targets: [{ provider: 'logto', objectId: null, outcome: 'ERROR', code: 'UPSTREAM_TIMEOUT', outcomeUnknown: true }],
          outcome: 'UNKNOWN',
        }),
      );
      const report = {
        complete: false,
        entries: [
          { provider: 'apaleo', action: 'DISABLE', outcome: 'DONE' },
          { provider: 'lumapps', action: 'DISABLE', outcome: 'FAILED' },
        ],
      };
      await store.append(
        event({
          operation: 'deprovisionPerson',
          targets: [
            { provider: 'apaleo', outcome: 'SUCCESS' },
            { provider: 'lumapps', outcome: 'ERROR', code: 'FORBIDDEN' },
          ],
          outcome: 'PARTIAL',
          details: report,
        }),
      );

      const page1 = await store.list({}, { first: 2 });
      expect(page1.events.map((e) => e.operation)).toEqual(['deprovisionPerson', 'createUser']);
      expect(page1.hasNextPage).toBe(true);
      expect(page1.events[0]!.details).toEqual(report);
      expect(page1.events[1]!.targets[0]).toEqual({ provider: 'logto', objectId: null, outcome: 'ERROR', code: 'UPSTREAM_TIMEOUT', outcomeUnknown: true });
      const page2 = await store.list({}, { first: 2, after: page1.events[1]!.id });
      expect(page2.events.map((e) => e.operation)).toEqual(['deleteUser']);
      expect(page2.hasNextPage).toBe(false);
    });

    it('filters by subject, provider, operation, outcome and time', async () => {
      expect((await store.list({ subject: 'alice' }, { first: 10 })).events.map((e) => e.operation)).toEqual(['createUser']);
      expect((await store.list({ provider: 'lumapps' }, { first: 10 })).events.map((e) => e.operation)).toEqual(['deprovisionPerson']);
      expect((await store.list({ provider: 'apaleo', operation: 'deleteUser' }, { first: 10 })).events).toHaveLength(1);
      expect((await store.list({ outcome: 'UNKNOWN' }, { first: 10 })).events.map((e) => e.subject)).toEqual(['alice']);
      expect((await store.list({ since: new Date(Date.now() + 60_000) }, { first: 10 })).events).toHaveLength(0);
      expect((await store.list({ until: new Date(Date.now() + 60_000) }, { first: 10 })).events).toHaveLength(3);
    });

    it('is append-only: the database refuses updates and deletes; only the retention purge removes old events', async () => {
      const old = await store.append(event({ at: new Date('2020-01-01T00:00:00Z'), operation: 'updateUser' }));
      expect(await store.purgeOlderThan(new Date('2021-01-01T00:00:00Z'))).toBe(1);
      expect((await store.list({ operation: 'updateUser' }, { first: 10 })).events.find((e) => e.id === old.id)).toBeUndefined();
      expect((await store.list({}, { first: 10 })).events).toHaveLength(3);
    });
  });
}
