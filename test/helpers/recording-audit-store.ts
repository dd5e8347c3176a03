/**
 * The audit store of every test app: ONE embedded store (PGlite in memory) per test worker, shared by
 * the apps of that worker (opening PGlite costs 2.5–4 s and 200+ MB, too much for each of ~70 apps),
 * behind a per-app view that remembers the rows the database returned for this app's appends. The
 * audit check (audit-check.ts) compares those rows with the mutations the app answered.
 */
import { openAuditStore, type AuditEvent, type AuditStore } from '../../src/audit/store.js';

let shared: Promise<AuditStore> | null = null;

function sharedEmbeddedStore(): Promise<AuditStore> {
  shared ??= openAuditStore({ databaseUrl: null, dataDir: 'memory://' });
  return shared;
}

export class RecordingAuditStore implements AuditStore {
  readonly kind = 'embedded' as const;
  /** The events as the embedded store stored them (its RETURNING row), in order. */
  readonly appended: AuditEvent[] = [];

  /** Opens the shared store (once per worker): the trail opens its store before a mutation is sent, so must this view. */
  async open(): Promise<this> {
    await sharedEmbeddedStore();
    return this;
  }

  async append(event: Parameters<AuditStore['append']>[0]): Promise<AuditEvent> {
    const stored = await (await sharedEmbeddedStore()).append(event);
    this.appended.push(stored);
    return stored;
  }

  /** Reads the shared store: other apps' events of this worker are in it too. */
  async list(filter: Parameters<AuditStore['list']>[0], page: Parameters<AuditStore['list']>[1]) {
    return (await sharedEmbeddedStore()).list(filter, page);
  }

  async purgeOlderThan(): Promise<number> {
    return 0;
  }

  /** The shared store stays open for the worker's other apps. */
  async close(): Promise<void> {}
}
