/**
 * An audit store in process memory, for tests and local experiments only (AUDIT_STORE=memory): the
 * same contract as the PGlite and PostgreSQL stores (test/audit/contract.ts), nothing kept across a
 * restart. Events are copied through JSON on the way in, as the databases store them.
 */
import type { ProviderId } from '../domain/types.js';
import { redact, type AuditEvent, type AuditStore } from './store.js';

export function createMemoryAuditStore(): AuditStore {
  const events: AuditEvent[] = [];
  let next = 1;
  const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));
  return {
    kind: 'memory',
    async append(event) {
      const stored: AuditEvent = {
        id: String(next++),
        at: event.at ?? new Date(),
        requestId: event.requestId,
        subject: event.subject,
        callerKind: event.callerKind,
        scopes: [...event.scopes],
        operation: event.operation,
        input: copy(redact(event.input) ?? null),
        providers: [...new Set(event.targets.map((t) => t.provider))].sort() as ProviderId[],
        targets: copy(event.targets),
        outcome: event.outcome,
        details: event.details === undefined ? null : copy(event.details),
      };
      events.push(stored);
      return { ...copy(stored), at: stored.at };
    },
    async list(filter, page) {
      const after = page.after == null ? null : Number(page.after);
      const matching = events
        .filter(
          (e) =>
            (filter.subject == null || e.subject === filter.subject) &&
            (filter.provider == null || e.providers.includes(filter.provider)) &&
            (filter.operation == null || e.operation === filter.operation) &&
            (filter.outcome == null || e.outcome === filter.outcome) &&
            (filter.since == null || e.at >= filter.since) &&
            (filter.until == null || e.at < filter.until) &&
            (after == null || Number(e.id) < after),
        )
        .reverse();
      return { events: matching.slice(0, page.first).map((e) => ({ ...copy(e), at: e.at })), hasNextPage: matching.length > page.first };
    },
    async purgeOlderThan(before) {
      let removed = 0;
      for (let i = events.length - 1; i >= 0; i -= 1) {
        if (events[i]!.at < before) {
          events.splice(i, 1);
          removed += 1;
        }
      }
      return removed;
    },
    async close() {},
  };
}
