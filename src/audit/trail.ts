/**
 * The audit trail: records every mutation, whatever its outcome, in the audit store (store.ts).
 *
 * Failure policy, "fail closed": before a mutation's resolver runs (so before anything is sent
 * upstream) the store must be open and its last write must have succeeded (after a failed write it is
 * probed again); otherwise the mutation is refused with AUDIT_UNAVAILABLE (HTTP 503). The event itself
 * is written after the resolver, with its real outcome; when that write fails, the change may already
 * have happened upstream, so the answer keeps its data and carries an AUDIT_UNAVAILABLE error beside
 * it, the failure is logged, and the next mutations are refused until the store answers again.
 *
 * The store is opened lazily (first mutation or auditEvents read), so start-up does not wait for it. Retention: events older than AUDIT_RETENTION_DAYS are
 * purged when the store opens and then daily.
 */
import { GraphQLError, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { randomUUID } from 'node:crypto';
import { openAuditStore, redact, type AuditFilter, type AuditOutcome, type AuditPage, type AuditStore, type AuditTarget, type NewAuditEvent } from './store.js';
import type { Viewer } from '../auth/viewer.js';
import { isProviderId, type ProviderId } from '../domain/types.js';
import { decodeGlobalId } from '../graphql/global-id.js';
import { entityKey } from '../domain/entity-key.js';
import { errorTypeMap } from '@pothos/plugin-errors';

/** A typed error the resolver answered (the errors plugin hands it on wrapped in a proxy, so instanceof fails). */
function isErrorValue(value: unknown): boolean {
  return value instanceof Error || (!!value && typeof value === 'object' && errorTypeMap.has(value));
}

export interface AuditConfig {
  enabled: boolean;
  /** DATABASE_URL: PostgreSQL; otherwise the embedded store in dataDir. */
  databaseUrl: string | null;
  /** AUDIT_DATA_DIR (default ./.idgraph/audit; `memory://` keeps nothing). */
  dataDir: string;
  /** AUDIT_RETENTION_DAYS; null keeps every event. */
  retentionDays: number | null;
  /** AUDIT_STORE=memory: an in-process store for tests and experiments (nothing is kept); null: the database above. */
  store?: 'memory' | null;
}

const DAY_MS = 86_400_000;
const OPEN_RETRY_MS = 5_000;

/** The audit store cannot take the event: the mutation is refused (or, after the fact, reported). */
export function auditUnavailable(message: string, refused: boolean): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'AUDIT_UNAVAILABLE', ...(refused ? { http: { status: 503 } } : {}) } });
}

export class AuditTrail {
  private opening: Promise<AuditStore> | null = null;
  /** The last failed open, so that a broken store is not reopened on every mutation (at most every OPEN_RETRY_MS). */
  private failed: { at: number; error: unknown } | null = null;
  private lastWriteFailed = false;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly openStore: () => Promise<AuditStore>,
    private readonly options: { retentionDays?: number | null; log?: (message: string) => void } = {},
  ) {}

  /** The trail AUDIT_* and DATABASE_URL ask for; null when AUDIT_ENABLED=false. Failures are logged to stderr unless `silent`. */
  static fromConfig(config: AuditConfig, silent = false): AuditTrail | null {
    if (!config.enabled) return null;
    return new AuditTrail(() => openAuditStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, store: config.store ?? null }), {
      retentionDays: config.retentionDays,
      log: silent ? undefined : (message) => console.error(`[idgraph] audit: ${message}`),
    });
  }

  /** The open store; opened once, and again after a failed open. */
  store(): Promise<AuditStore> {
    if (!this.opening) {
      if (this.failed && Date.now() - this.failed.at < OPEN_RETRY_MS) return Promise.reject(this.failed.error);
      this.opening = this.openStore().then(
        async (store) => {
          this.failed = null;
          await this.purge(store).catch((error: unknown) => this.options.log?.(`the retention purge failed: ${message(error)}`));
          return store;
        },
        (error: unknown) => {
          this.opening = null;
          this.failed = { at: Date.now(), error };
          throw error;
        },
      );
    }
    return this.opening;
  }

  /** Purges daily (call after the server listens). The store itself opens at its first use, so start-up never waits for it. */
  start(): void {
    if (this.options.retentionDays != null && !this.timer) {
      this.timer = setInterval(
        () =>
          void this.store()
            .then((s) => this.purge(s))
            .catch(() => undefined),
        DAY_MS,
      );
      this.timer.unref();
    }
  }

  /** Deletes the events older than the retention; answers how many. */
  async purge(store?: AuditStore): Promise<number> {
    if (this.options.retentionDays == null) return 0;
    const s = store ?? (await this.store());
    return s.purgeOlderThan(new Date(Date.now() - this.options.retentionDays * DAY_MS));
  }

  /** Throws AUDIT_UNAVAILABLE unless the store is open and its last write succeeded (or it answers a probe). */
  async ensureWritable(): Promise<void> {
    let store: AuditStore;
    try {
      store = await this.store();
      if (this.lastWriteFailed) {
        await store.list({}, { first: 1 });
        this.lastWriteFailed = false;
      }
    } catch (error) {
      this.options.log?.(`mutation refused, the audit store is unavailable: ${message(error)}`);
      throw auditUnavailable('The audit trail cannot record this change now, so it was refused before anything was sent to a provider; retry later', true);
    }
  }

  async record(event: NewAuditEvent): Promise<void> {
    try {
      await (await this.store()).append(event);
    } catch (error) {
      this.lastWriteFailed = true;
      this.options.log?.(`an event was NOT recorded (${event.operation} by ${event.subject ?? 'anonymous'}, request ${event.requestId}): ${message(error)}`);
      throw error;
    }
  }

  async list(filter: AuditFilter, page: { first: number; after?: string | null }): Promise<AuditPage> {
    return (await this.store()).list(filter, page);
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    const opening = this.opening;
    this.opening = null;
    if (opening)
      await opening.then(
        (s) => s.close(),
        () => undefined,
      );
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `x-request-id` when it is a sane token (≤ 128 printable characters), else a fresh UUID. */
export function requestIdOf(request: { headers: { get(name: string): string | null } }): string {
  const given = request.headers.get('x-request-id')?.trim();
  return given && /^[\x21-\x7e]{1,128}$/.test(given) ? given : randomUUID();
}

/** What a mutation resolver needs from the context. */
interface AuditContext {
  viewer: Viewer;
  requestId?: string;
  audit?: AuditTrail | null;
  partialErrors: GraphQLError[];
}

type Failure = { code: string; provider: ProviderId | null; outcomeUnknown: boolean };

function failureOf(error: unknown): Failure {
  const e = error as { code?: unknown; provider?: unknown; outcomeUnknown?: unknown; extensions?: { code?: unknown } };
  const code = typeof e?.code === 'string' ? e.code : typeof e?.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR';
  const provider = typeof e?.provider === 'string' && isProviderId(e.provider) ? e.provider : null;
  return { code, provider, outcomeUnknown: e?.outcomeUnknown === true };
}

/** Every provider object named in the input: global ids anywhere, and `provider` fields. */
function inputTargets(value: unknown, into: Map<string, AuditTarget>, key = ''): void {
  if (typeof value === 'string') {
    if (key === 'provider' && isProviderId(value)) {
      if (![...into.values()].some((t) => t.provider === value)) into.set(`${value}:`, { provider: value, objectId: null, outcome: 'SUCCESS' });
      return;
    }
    try {
      const { provider, id } = decodeGlobalId(value);
      if (provider === null) return;
      into.delete(`${provider}:`);
      into.set(entityKey(provider, id), { provider, objectId: id, outcome: 'SUCCESS' });
    } catch {
      // not a global id
    }
    return;
  }
  if (Array.isArray(value)) value.forEach((v) => inputTargets(v, into, key));
  else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) inputTargets(v, into, k);
}

/** A domain object (User, Invitation, …) answered by the mutation: its provider and id. */
function objectOf(value: unknown): { provider: ProviderId; id: string } | null {
  const v = value as { provider?: unknown; id?: unknown };
  return v && typeof v === 'object' && typeof v.provider === 'string' && isProviderId(v.provider) && typeof v.id === 'string'
    ? { provider: v.provider, id: v.id }
    : null;
}

interface ReportEntry {
  provider: ProviderId;
  outcome: string;
  account: { id: string } | null;
  invitation: { id: string } | null;
  error: { code: string; outcomeUnknown?: boolean } | null;
}

function isReport(value: unknown): value is { entries: ReportEntry[] } {
  return !!value && typeof value === 'object' && Array.isArray((value as { entries?: unknown }).entries);
}

function overall(targets: AuditTarget[], failure: Failure | null): AuditOutcome {
  if (targets.length === 0) return failure ? (failure.outcomeUnknown ? 'UNKNOWN' : 'ERROR') : 'SUCCESS';
  if (targets.some((t) => t.outcome === 'UNKNOWN')) return 'UNKNOWN';
  if (targets.every((t) => t.outcome === 'SUCCESS')) return failure ? 'ERROR' : 'SUCCESS';
  if (targets.every((t) => t.outcome === 'ERROR')) return 'ERROR';
  return 'PARTIAL';
}

/** The event of one mutation call, from its arguments and what its resolver answered or threw. */
export function describeMutation(
  operation: string,
  args: Record<string, unknown>,
  ctx: AuditContext,
  result: { value?: unknown; error?: unknown },
): NewAuditEvent {
  const base = {
    requestId: ctx.requestId ?? null,
    subject: ctx.viewer.subject,
    callerKind: ctx.viewer.kind,
    scopes: [...ctx.viewer.scopes].sort(),
    operation,
    input: redact(args),
  };
  const value = result.value;
  if (isReport(value)) {
    const targets: AuditTarget[] = value.entries.map((e) => {
      const objectId = e.account?.id ?? e.invitation?.id ?? null;
      if (e.outcome === 'SUCCEEDED' || e.outcome === 'SKIPPED') return { provider: e.provider, objectId, outcome: 'SUCCESS' };
      if (e.error?.outcomeUnknown) return { provider: e.provider, objectId, outcome: 'UNKNOWN', code: e.error.code, outcomeUnknown: true };
      return {
        provider: e.provider,
        objectId,
        outcome: 'ERROR',
        code: e.error?.code ?? (e.outcome === 'UNSUPPORTED' ? 'UNSUPPORTED_OPERATION' : 'UPSTREAM_ERROR'),
      };
    });
    // The report kept whole (its objects as JSON, secret-looking keys removed).
    return { ...base, targets, outcome: overall(targets, null), details: JSON.parse(JSON.stringify(redact(value))) };
  }
  const failure = result.error !== undefined ? failureOf(result.error) : isErrorValue(value) ? failureOf(value) : null;
  const found = new Map<string, AuditTarget>();
  inputTargets(args, found);
  if (!failure) {
    // The object answered (or the one inside it, e.g. a deletion's user): a created object's new id.
    const answered = objectOf(value) ?? (value && typeof value === 'object' ? (Object.values(value).map(objectOf).find(Boolean) ?? null) : null);
    if (answered && !found.has(entityKey(answered.provider, answered.id))) {
      found.delete(`${answered.provider}:`);
      found.set(entityKey(answered.provider, answered.id), { provider: answered.provider, objectId: answered.id, outcome: 'SUCCESS' });
    }
  } else if (failure.provider && ![...found.values()].some((t) => t.provider === failure.provider)) {
    found.set(`${failure.provider}:`, { provider: failure.provider, objectId: null, outcome: 'SUCCESS' });
  }
  const targets = [...found.values()].map((t): AuditTarget => {
    if (!failure || (failure.provider && failure.provider !== t.provider)) return t;
    return failure.outcomeUnknown ? { ...t, outcome: 'UNKNOWN', code: failure.code, outcomeUnknown: true } : { ...t, outcome: 'ERROR', code: failure.code };
  });
  return { ...base, targets, outcome: overall(targets, failure), details: failure ? { code: failure.code } : null };
}

/**
 * Wraps every Mutation field's resolver (scope checks, typed errors and all) so that each call is
 * recorded with what the resolver answered or threw, not with what the client selected.
 */
export function auditMutations(schema: GraphQLSchema): GraphQLSchema {
  const fields = schema.getMutationType()?.getFields() ?? {};
  for (const field of Object.values(fields)) {
    const resolve = field.resolve;
    if (!resolve) continue;
    const wrapped: GraphQLFieldResolver<unknown, AuditContext> = async (root, args, ctx, info) => {
      const trail = ctx.audit;
      if (!trail) return resolve(root, args, ctx, info);
      await trail.ensureWritable();
      let outcome: { value?: unknown; error?: unknown };
      try {
        outcome = { value: await resolve(root, args, ctx, info) };
      } catch (error) {
        outcome = { error };
      }
      try {
        await trail.record(describeMutation(info.fieldName, args, ctx, outcome));
      } catch {
        ctx.partialErrors.push(
          new GraphQLError(
            `The change was sent, but the audit trail could not record it (request ${ctx.requestId ?? 'unknown'}); further changes are refused until it can`,
            {
              path: [...pathOf(info.path)],
              extensions: { code: 'AUDIT_UNAVAILABLE' },
            },
          ),
        );
      }
      if ('error' in outcome) throw outcome.error;
      return outcome.value;
    };
    field.resolve = wrapped as typeof field.resolve;
  }
  return schema;
}

function pathOf(path: { prev: unknown; key: string | number } | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let p = path; p; p = p.prev as typeof path) keys.unshift(p.key);
  return keys;
}
