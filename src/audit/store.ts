/**
 * The audit store: one append-only table of audit events, in an embedded PostgreSQL (PGlite, a data
 * directory on disk) by default, or in a real PostgreSQL when DATABASE_URL is set. Both run the same
 * SQL and the same migrations. Append-only is enforced by the database: a trigger refuses every
 * UPDATE, and every DELETE except the retention purge of this module (which sets a transaction-local
 * flag). Events are read newest first with keyset paging on their id.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ProviderId } from '../domain/types.js';

export type AuditOutcome = 'SUCCESS' | 'ERROR' | 'PARTIAL' | 'UNKNOWN';

/** One provider object a mutation touched, and how that went. */
export interface AuditTarget {
  provider: ProviderId;
  objectId?: string | null;
  outcome: AuditOutcome;
  /** The error code when it failed. */
  code?: string | null;
  /** The request reached the provider but its answer did not come back: it may or may not have happened. */
  outcomeUnknown?: boolean;
}

export interface NewAuditEvent {
  at?: Date;
  requestId: string | null;
  /** The API key's name or the token's subject; null when anonymous. */
  subject: string | null;
  callerKind: 'anonymous' | 'api-key' | 'jwt';
  scopes: string[];
  /** The mutation field, e.g. `deleteUser`. */
  operation: string;
  /** The arguments, with secrets removed (see redact()). */
  input: unknown;
  targets: AuditTarget[];
  outcome: AuditOutcome;
  /** Anything kept whole, e.g. a deprovisionPerson report. */
  details?: unknown;
}

export interface AuditEvent extends Required<Omit<NewAuditEvent, 'details'>> {
  id: string;
  at: Date;
  providers: ProviderId[];
  details: unknown;
}

export interface AuditFilter {
  subject?: string | null;
  provider?: ProviderId | null;
  operation?: string | null;
  outcome?: AuditOutcome | null;
  since?: Date | null;
  until?: Date | null;
}

export interface AuditPage {
  events: AuditEvent[];
  hasNextPage: boolean;
}

export interface AuditStore {
  readonly kind: 'embedded' | 'postgres' | 'memory';
  append(event: NewAuditEvent): Promise<AuditEvent>;
  /** Newest first; `after` is the id of the last event of the previous page. */
  list(filter: AuditFilter, page: { first: number; after?: string | null }): Promise<AuditPage>;
  /** Deletes the events older than `before` (retention); answers how many. */
  purgeOlderThan(before: Date): Promise<number>;
  close(): Promise<void>;
}

/** The few calls both PGlite and node-postgres answer alike. */
export interface Sql {
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[] }>;
  /** Several statements in one string (migrations). */
  exec(text: string): Promise<void>;
  /** Runs `work` in one transaction on one connection. */
  transaction<T>(work: (sql: Pick<Sql, 'query' | 'exec'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const SECRET_KEY = /pass(?!keys?)|secret|token|api[-_]?key|authorization|credential/i;

/** A copy of `value` with the value of every secret-looking key replaced by "[REDACTED]". */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) && v != null ? '[REDACTED]' : redact(v)]));
  }
  return value;
}

/** Every schema change, in order; applied once each, under an advisory lock (several instances may start together). */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE audit_events (
     id bigserial PRIMARY KEY,
     at timestamptz NOT NULL DEFAULT now(),
     request_id text,
     subject text,
     caller_kind text NOT NULL,
     scopes text[] NOT NULL,
     operation text NOT NULL,
     input jsonb NOT NULL,
     providers text[] NOT NULL,
     targets jsonb NOT NULL,
     outcome text NOT NULL CHECK (outcome IN ('SUCCESS', 'ERROR', 'PARTIAL', 'UNKNOWN')),
     details jsonb
   );
   CREATE INDEX audit_events_at ON audit_events (at);
   CREATE INDEX audit_events_subject ON audit_events (subject, id);
   CREATE INDEX audit_events_operation ON audit_events (operation, id);
   CREATE INDEX audit_events_providers ON audit_events USING gin (providers);
   CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF TG_OP = 'DELETE' AND current_setting('idgraph.audit_purge', true) = 'on' THEN
       RETURN OLD;
     END IF;
     RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP;
   END $$;
   CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
     FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();`,
];

const MIGRATION_LOCK = 7_310_014;

export async function migrate(sql: Sql): Promise<void> {
  await sql.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS audit_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await tx.query<{ version: number }>('SELECT version FROM audit_migrations');
    const applied = new Set(rows.map((r) => Number(r.version)));
    for (const [index, text] of MIGRATIONS.entries()) {
      const version = index + 1;
      if (applied.has(version)) continue;
      await tx.exec(text);
      await tx.query('INSERT INTO audit_migrations (version) VALUES ($1)', [version]);
    }
  });
}

interface Row {
  id: string | number;
  at: Date | string;
  request_id: string | null;
  subject: string | null;
  caller_kind: string;
  scopes: string[];
  operation: string;
  input: unknown;
  providers: string[];
  targets: unknown;
  outcome: string;
  details: unknown;
}

function toEvent(row: Row): AuditEvent {
  return {
    id: String(row.id),
    at: row.at instanceof Date ? row.at : new Date(row.at),
    requestId: row.request_id,
    subject: row.subject,
    callerKind: row.caller_kind as AuditEvent['callerKind'],
    scopes: row.scopes,
    operation: row.operation,
    input: row.input,
    providers: row.providers as ProviderId[],
    targets: row.targets as AuditTarget[],
    outcome: row.outcome as AuditOutcome,
    details: row.details ?? null,
  };
}

export function createAuditStore(sql: Sql, kind: AuditStore['kind']): AuditStore {
  return {
    kind,
    async append(event) {
      const providers = [...new Set(event.targets.map((t) => t.provider))].sort();
      const { rows } = await sql.query<Row>(
        `INSERT INTO audit_events (at, request_id, subject, caller_kind, scopes, operation, input, providers, targets, outcome, details)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING *`,
        [
          event.at ?? new Date(),
          event.requestId,
          event.subject,
          event.callerKind,
          event.scopes,
          event.operation,
          JSON.stringify(redact(event.input) ?? null),
          providers,
          JSON.stringify(event.targets),
          event.outcome,
          event.details === undefined ? null : JSON.stringify(event.details),
        ],
      );
      return toEvent(rows[0]!);
    },
    async list(filter, page) {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (clause: string, value: unknown) => {
        params.push(value);
        where.push(clause.replace('?', `$${params.length}`));
      };
      if (filter.subject != null) add('subject = ?', filter.subject);
      if (filter.provider != null) add('? = ANY (providers)', filter.provider);
      if (filter.operation != null) add('operation = ?', filter.operation);
      if (filter.outcome != null) add('outcome = ?', filter.outcome);
      if (filter.since != null) add('at >= ?', filter.since);
      if (filter.until != null) add('at < ?', filter.until);
      if (page.after != null) add('id < ?', page.after);
      params.push(page.first + 1);
      const { rows } = await sql.query<Row>(
        `SELECT * FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
        params,
      );
      return { events: rows.slice(0, page.first).map(toEvent), hasNextPage: rows.length > page.first };
    },
    async purgeOlderThan(before) {
      return sql.transaction(async (tx) => {
        await tx.query("SELECT set_config('idgraph.audit_purge', 'on', true)");
        const { rows } = await tx.query<{ n: string | number }>(
          'WITH gone AS (DELETE FROM audit_events WHERE at < $1 RETURNING 1) SELECT count(*) AS n FROM gone',
          [before],
        );
        return Number(rows[0]?.n ?? 0);
      });
    },
    close: () => sql.close(),
  };
}

type PGliteModule = typeof import('@electric-sql/pglite');

/**
 * Where a fresh PGlite cluster (what initdb makes, before any table) is kept, per PGlite version:
 * loading it opens a new embedded store in about 1.5 s instead of initdb's 5 (the sandbox's first
 * mutation, every test worker). Null when the version cannot be read.
 */
function clusterTemplatePath(): string | null {
  try {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string };
    return join(tmpdir(), `idgraph-pglite-cluster-${version}.tar.gz`);
  } catch {
    return null;
  }
}

/** Whether `dataDir` holds no cluster yet (in memory, or a folder without PG_VERSION). */
function isNewCluster(dataDir: string): boolean {
  if (dataDir.includes('://')) return dataDir.startsWith('memory://');
  return !existsSync(join(dataDir, 'PG_VERSION')) && readdirSync(dataDir).length === 0;
}

/** Opens PGlite in `dataDir`; a new cluster starts from the kept template, or makes it for next time. */
async function openPGlite({ PGlite }: PGliteModule, dataDir: string) {
  const template = isNewCluster(dataDir) ? clusterTemplatePath() : null;
  if (template && existsSync(template)) {
    try {
      return await PGlite.create(dataDir, { loadDataDir: new Blob([readFileSync(template)]) });
    } catch {
      // A damaged template: initdb as if there were none (and the template is made again below).
    }
  }
  const db = await PGlite.create(dataDir);
  if (template) {
    try {
      const dump = Buffer.from(await (await db.dumpDataDir('gzip')).arrayBuffer());
      const partial = `${template}.${process.pid}.tmp`;
      writeFileSync(partial, dump);
      renameSync(partial, template); // whole or not at all, whoever writes it at the same time
    } catch {
      // No template this time (a read-only temporary folder): the next store runs initdb again.
    }
  }
  return db;
}

/** The embedded store: PGlite in `dataDir` (a folder; `memory://` keeps nothing). */
export async function openEmbeddedAuditStore(dataDir: string): Promise<AuditStore> {
  const pglite = await import('@electric-sql/pglite');
  if (!dataDir.includes('://')) mkdirSync(dataDir, { recursive: true });
  const db = await openPGlite(pglite, dataDir);
  const sql: Sql = {
    query: async (text, params) => ({ rows: (await db.query(text, params)).rows as never[] }),
    exec: async (text) => {
      await db.exec(text);
    },
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async (text, params) => ({ rows: (await tx.query(text, params)).rows as never[] }),
          exec: async (text) => {
            await tx.exec(text);
          },
        }),
      ),
    close: () => db.close(),
  };
  await migrate(sql);
  return createAuditStore(sql, 'embedded');
}

/** PostgreSQL at `databaseUrl` (node-postgres pool). */
export async function openPostgresAuditStore(databaseUrl: string): Promise<AuditStore> {
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
  const sql: Sql = {
    query: async (text, params) => ({ rows: (await pool.query(text, params)).rows }),
    exec: async (text) => {
      await pool.query(text);
    },
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async (text, params) => ({ rows: (await client.query(text, params)).rows }),
          exec: async (text) => {
            await client.query(text);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  await migrate(sql);
  return createAuditStore(sql, 'postgres');
}

/** DATABASE_URL set: PostgreSQL; otherwise the embedded store in `dataDir`. */
export async function openAuditStore(options: { databaseUrl?: string | null; dataDir: string; store?: 'memory' | null }): Promise<AuditStore> {
  if (options.store === 'memory') return (await import('./memory-store.js')).createMemoryAuditStore();
  return options.databaseUrl ? openPostgresAuditStore(options.databaseUrl) : openEmbeddedAuditStore(options.dataDir);
}
