/**
 * Issue 14: every mutation the test suite runs leaves an audit event. Each test app (in the embedded
 * store, recording-audit-store.ts, unless a test picks its own store) watches the GraphQL requests it answers: every Mutation field that
 * ran (its response key is in `data`, or an error names its path) is expected once in the audit store, with a non-SUCCESS
 * outcome when the response carries an error at its path, and the caller kind of the request. At
 * close(), the store must hold exactly those events, or the test file fails.
 */
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { AuditEvent } from '../../src/audit/store.js';

interface Expected {
  operation: string;
  errored: boolean;
  credentialed: boolean;
}

export class AuditCheck {
  private readonly expected: Expected[] = [];
  private readonly pending = new Set<Promise<void>>();

  /** Watches one answered request (a POST body sent to /graphql and its response). */
  watch(body: unknown, headers: Record<string, string>, response: Response): void {
    const request = typeof body === 'string' ? safeJson(body) : null;
    const requests = Array.isArray(request) ? request : [request];
    const mutations = requests.map((r) => mutationOf(r));
    if (!mutations.some(Boolean)) return;
    const credentialed = Object.keys(headers).some((h) => ['authorization', 'x-api-key'].includes(h.toLowerCase()));
    const work = response
      .clone()
      .text()
      .then((text) => {
        const answer = safeJson(text);
        const answers = Array.isArray(answer) ? answer : [answer];
        mutations.forEach((operation, i) => {
          if (!operation) return;
          const result = answers[i] as { data?: Record<string, unknown> | null; errors?: { path?: (string | number)[] }[] } | null;
          if (!result) return;
          const data = result.data ?? {};
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== Kind.FIELD || selection.name.value.startsWith('__')) continue;
            const key = selection.alias?.value ?? selection.name.value;
            // The field ran when it has a value, or an error at its path (a non-null payload's error nulls `data` itself).
            const errored = (result.errors ?? []).some((e) => e.path?.[0] === key);
            if (!(key in data) && !errored) continue;
            this.expected.push({ operation: selection.name.value, errored, credentialed });
          }
        });
      })
      .catch(() => undefined);
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  /** Throws unless the app's events (as the store returned them) are exactly one fitting event per Mutation field that ran. */
  async verify(events: readonly AuditEvent[]): Promise<void> {
    await Promise.all(this.pending);
    const problems: string[] = [];
    const left = [...events];
    for (const want of this.expected) {
      const i = left.findIndex(
        (e) => e.operation === want.operation && (!want.errored || e.outcome !== 'SUCCESS') && (want.credentialed || e.callerKind === 'anonymous'),
      );
      if (i < 0) problems.push(`no audit event for ${want.operation}${want.errored ? ' (failed: outcome must not be SUCCESS)' : ''}`);
      else left.splice(i, 1);
    }
    for (const extra of left) problems.push(`an audit event for ${extra.operation} that no answered mutation accounts for`);
    if (problems.length > 0) throw new Error(`audit trail (issue 14): ${problems.join('; ')}`);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function mutationOf(request: unknown): OperationDefinitionNode | null {
  if (!request || typeof request !== 'object') return null;
  const { query, operationName } = request as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || !/\bmutation\b/.test(query)) return null;
  try {
    const operations = parse(query).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    const operation =
      typeof operationName === 'string' ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    return operation?.operation === 'mutation' ? operation : null;
  } catch {
    return null;
  }
}
