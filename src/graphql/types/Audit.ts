/** auditEvents: the audit trail of mutations (src/audit/), newest first, for callers with audit:read. */
import type { AuditEvent, AuditTarget } from '../../audit/store.js';
import { auditUnavailable } from '../../audit/trail.js';
import { InputError } from '../../domain/errors.js';
import { needs } from '../auth.js';
import { builder } from '../builder.js';
import { ProviderEnum } from './Provider.js';

const AuditOutcomeEnum = builder.enumType('AuditOutcome', {
  description: 'How a recorded mutation ended, overall or for one provider.',
  values: {
    SUCCESS: { value: 'SUCCESS', description: 'It was done.' },
    ERROR: { value: 'ERROR', description: 'It failed or was refused (see `code`); nothing was changed by the failed part.' },
    PARTIAL: { value: 'PARTIAL', description: 'Some providers succeeded and some failed (deprovisionPerson).' },
    UNKNOWN: {
      value: 'UNKNOWN',
      description: 'The request reached the provider but its answer did not come back (outcomeUnknown): it may or may not have happened.',
    },
  } as const,
});

const AuditCallerKindEnum = builder.enumType('AuditCallerKind', {
  description: 'How the caller was authenticated.',
  values: {
    ANONYMOUS: { value: 'anonymous', description: 'No caller authentication configured (sandbox, or IDGRAPH_ALLOW_UNAUTHENTICATED).' },
    API_KEY: { value: 'api-key', description: 'An API key from AUTH_API_KEYS; `subject` is its name.' },
    JWT: { value: 'jwt', description: 'A bearer JWT; `subject` is its `sub`.' },
  } as const,
});

const AuditTargetRef = builder.objectRef<AuditTarget>('AuditTarget').implement({
  description: 'One provider (and object, when known) a mutation touched, and how that went.',
  fields: (t) => ({
    provider: t.field({ type: ProviderEnum, description: 'The provider.', resolve: (r) => r.provider }),
    objectId: t.string({
      nullable: true,
      description: 'The provider’s own id of the object (user, invitation, …); null when none was named or created.',
      resolve: (r) => r.objectId ?? null,
    }),
    outcome: t.field({ type: AuditOutcomeEnum, description: 'How it went at this provider.', resolve: (r) => r.outcome }),
    code: t.string({
      nullable: true,
      description: 'The error code (as in `extensions.code`) when it failed; null on success.',
      resolve: (r) => r.code ?? null,
    }),
    outcomeUnknown: t.boolean({
      description: 'True when the request reached the provider but its answer never came back: check before repeating it.',
      resolve: (r) => r.outcomeUnknown === true,
    }),
  }),
});

const AuditEventRef = builder.objectRef<AuditEvent>('AuditEvent').implement({
  description: 'One mutation call as idgraph recorded it (append-only): who, what, where and how it ended.',
  fields: (t) => ({
    id: t.id({ description: 'The event’s sequence number (increasing).', resolve: (e) => e.id }),
    at: t.field({ type: 'DateTime', description: 'When it was recorded (after the mutation answered).', resolve: (e) => e.at }),
    requestId: t.string({
      nullable: true,
      description: 'The request id (the caller’s `x-request-id`, or one idgraph generated).',
      resolve: (e) => e.requestId,
    }),
    subject: t.string({ nullable: true, description: 'The caller: the API key’s name or the JWT’s `sub`; null when anonymous.', resolve: (e) => e.subject }),
    callerKind: t.field({ type: AuditCallerKindEnum, description: 'How the caller was authenticated.', resolve: (e) => e.callerKind }),
    scopes: t.stringList({ description: 'The caller’s scopes at the time.', resolve: (e) => e.scopes }),
    operation: t.string({ description: 'The mutation field, e.g. `deleteUser`.', resolve: (e) => e.operation }),
    input: t.field({
      type: 'JSONObject',
      description: 'The mutation’s arguments, with secret-looking values replaced by "[REDACTED]".',
      resolve: (e) => (e.input ?? {}) as Record<string, unknown>,
    }),
    providers: t.field({ type: [ProviderEnum], description: 'Every provider it touched.', resolve: (e) => e.providers }),
    targets: t.field({ type: [AuditTargetRef], description: 'Each provider and object it touched, with its outcome.', resolve: (e) => e.targets }),
    outcome: t.field({ type: AuditOutcomeEnum, description: 'How it ended overall.', resolve: (e) => e.outcome }),
    details: t.field({
      type: 'JSONObject',
      nullable: true,
      description: 'More: the whole deprovisionPerson report, or the error code of a failure; null otherwise.',
      resolve: (e) => (e.details && typeof e.details === 'object' ? (e.details as Record<string, unknown>) : null),
    }),
  }),
});

const AuditEventFilter = builder.inputType('AuditEventFilter', {
  description: 'Which events; every field given must match.',
  fields: (t) => ({
    subject: t.string({ description: 'Only this caller (API key name or JWT subject).' }),
    provider: t.field({ type: ProviderEnum, description: 'Only events that touched this provider.' }),
    operation: t.string({ description: 'Only this mutation, e.g. `deleteUser`.' }),
    outcome: t.field({ type: AuditOutcomeEnum, description: 'Only events that ended this way overall.' }),
    since: t.field({ type: 'DateTime', description: 'Only events recorded at or after this instant.' }),
    until: t.field({ type: 'DateTime', description: 'Only events recorded before this instant.' }),
  }),
});

const AuditEventConnection = builder.connectionObject(
  { type: AuditEventRef, name: 'AuditEventConnection', description: 'A page of audit events, newest first (Relay Cursor Connections Specification).' },
  { name: 'AuditEventEdge', description: 'One audit event and its cursor.' },
);

const CURSOR = /^[1-9][0-9]{0,18}$/;

builder.queryField('auditEvents', (t) =>
  t.connection(
    {
      authScopes: needs('audit:read'),
      type: AuditEventRef,
      description: 'The audit trail of mutations, newest first (forwards only). Needs the scope audit:read.',
      args: { filter: t.arg({ type: AuditEventFilter, description: 'Which events; omitted means all.' }) },
      resolve: async (_root, args, ctx) => {
        if (args.last != null || args.before != null)
          throw new InputError(args.last != null ? 'last' : 'before', 'the audit trail pages forwards only (first, after)');
        const first = args.first ?? 20;
        if (first < 1 || first > 500) throw new InputError('first', 'must be between 1 and 500');
        if (args.after != null && !CURSOR.test(args.after)) throw new InputError('after', 'is not a cursor of auditEvents');
        if (!ctx.audit) throw auditUnavailable('The audit trail is switched off (AUDIT_ENABLED=false)', false);
        const f = args.filter ?? {};
        let page;
        try {
          page = await ctx.audit.list(
            { subject: f.subject, provider: f.provider, operation: f.operation, outcome: f.outcome, since: f.since, until: f.until },
            { first, after: args.after ?? null },
          );
        } catch {
          throw auditUnavailable('The audit store cannot be read now; retry later', false);
        }
        const edges = page.events.map((node) => ({ cursor: node.id, node }));
        return {
          edges,
          pageInfo: {
            hasNextPage: page.hasNextPage,
            hasPreviousPage: args.after != null,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
        };
      },
    },
    AuditEventConnection,
  ),
);
