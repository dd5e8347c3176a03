/**
 * The audit-trail scenario over HTTP, shared by the embedded store (test/audit/trail.test.ts) and
 * PostgreSQL (test/postgres/audit-trail.test.ts): every kind of mutation leaves an event with the
 * right caller and outcome; upstream failures and unknown outcomes are recorded; auditEvents pages,
 * filters and needs audit:read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../src/auth/authenticator.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { FAULT_TARGETS } from '../helpers/fault-targets.js';

export const KEYS = {
  writer: 'audit-writer-key-0123456789',
  inviter: 'audit-inviter-key-0123456789',
  admin: 'audit-admin-key-0123456789',
  auditor: 'audit-auditor-key-0123456789',
};
export const API_KEYS = JSON.stringify([
  { name: 'writer', sha256: sha256Hex(KEYS.writer), scopes: ['users:write', 'roles:read', 'tenants:read'] },
  { name: 'inviter', sha256: sha256Hex(KEYS.inviter), scopes: ['invitations:write'] },
  { name: 'admin', sha256: sha256Hex(KEYS.admin), scopes: ['admin'] },
  { name: 'auditor', sha256: sha256Hex(KEYS.auditor), scopes: ['audit:read'] },
]);

export async function gql(app: TestApp, key: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) {
  const { status, text } = await app.raw(JSON.stringify({ query, variables }), { authorization: `Bearer ${key}`, ...headers });
  return { status, ...(JSON.parse(text) as { data: any; errors?: { message: string; extensions?: Record<string, unknown> }[] }) };
}

const EVENTS = `query Events($filter: AuditEventFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    edges { cursor node { id at requestId subject callerKind scopes operation input providers outcome details targets { provider objectId outcome code outcomeUnknown } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export async function events(app: TestApp, filter: Record<string, unknown> = {}, first = 50, after?: string) {
  const r = await gql(app, KEYS.auditor, EVENTS, { filter, first, after });
  expect(r.errors).toBeUndefined();
  return r.data.auditEvents as { edges: { cursor: string; node: any }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const RESULT = '__typename ... on Error { code } ... on UpstreamError { outcomeUnknown }';

export function trailScenario(name: string, env: () => Promise<Record<string, string>>) {
  describe(`audit trail over HTTP: ${name}`, () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp({ AUTH_API_KEYS: API_KEYS, AUDIT_ENABLED: 'true', ...(await env()) });
    }, 60_000);
    afterAll(() => app?.close());

    it('every kind of mutation leaves one event with its caller, scopes, request id, input and outcome', async () => {
      const ids = await gql(
        app,
        KEYS.admin,
        `{
        logto: users(provider: LOGTO, first: 2) { edges { node { id providerId } } }
        tenants(provider: LOGTO, first: 1) { edges { node { id } } }
        invitations(provider: LOGTO, first: 3) { edges { node { id providerId } } }
        apaleo: users(provider: APALEO, first: 1) { edges { node { id providerId } } }
      }`,
      );
      expect(ids.errors).toBeUndefined();
      const [u1, u2] = ids.data.logto.edges.map((e: any) => e.node);
      const [i1, i2, i3] = ids.data.invitations.edges.map((e: any) => e.node);
      const calls: { key: string; caller: string; op: string; input: Record<string, unknown> }[] = [
        {
          key: KEYS.writer,
          caller: 'writer',
          op: 'createUser',
          input: {
            provider: 'LUMAPPS',
            email: 'audit.new@people.example.com',
            firstName: 'Audit',
            lastName: 'New',
            password: 'S3cretPassw0rd',
            rePassword: 'S3cretPassw0rd',
          },
        },
        { key: KEYS.writer, caller: 'writer', op: 'updateUser', input: { id: ids.data.apaleo.edges[0].node.id, firstName: 'Changed' } },
        { key: KEYS.writer, caller: 'writer', op: 'addUserToTenant', input: { userId: u1.id, tenantId: ids.data.tenants.edges[0].node.id } },
        { key: KEYS.writer, caller: 'writer', op: 'deleteUser', input: { id: u2.id } },
        { key: KEYS.inviter, caller: 'inviter', op: 'createInvitation', input: { provider: 'LOGTO', email: 'audit.invitee@people.example.com' } },
        { key: KEYS.inviter, caller: 'inviter', op: 'resendInvitation', input: { id: i1.id } },
        { key: KEYS.inviter, caller: 'inviter', op: 'setInvitationStatus', input: { id: i2.id, status: 'REVOKED' } },
        { key: KEYS.inviter, caller: 'inviter', op: 'deleteInvitation', input: { id: i3.id } },
        { key: KEYS.admin, caller: 'admin', op: 'deprovisionPerson', input: { email: 'ada.lovelace@people.example.com', mode: 'DISABLE', dryRun: true } },
      ];
      const types: Record<string, string> = {
        createUser: 'CreateUserInput',
        updateUser: 'UpdateUserInput',
        addUserToTenant: 'AddUserToTenantInput',
        deleteUser: 'DeleteUserInput',
        createInvitation: 'CreateInvitationInput',
        resendInvitation: 'ResendInvitationInput',
        setInvitationStatus: 'SetInvitationStatusInput',
        deleteInvitation: 'DeleteInvitationInput',
        deprovisionPerson: 'DeprovisionPersonInput',
      };
      for (const [n, call] of calls.entries()) {
        const requestId = `audit-test-${name.length}-${n}`;
        const r = await gql(
          app,
          call.key,
          `mutation M($input: ${types[call.op]}!) { result: ${call.op}(input: $input) { ${call.op === 'deprovisionPerson' ? `${RESULT} ... on DeprovisionReport { complete }` : RESULT} } }`,
          { input: call.input },
          { 'x-request-id': requestId },
        );
        expect(r.errors, call.op).toBeUndefined();
        const typename: string = r.data.result.__typename;
        // A deprovision report that is not complete (a provider failed or cannot do it) is PARTIAL.
        const expected = typename.endsWith('Error')
          ? r.data.result.outcomeUnknown
            ? 'UNKNOWN'
            : 'ERROR'
          : r.data.result.complete === false
            ? 'PARTIAL'
            : 'SUCCESS';
        const [event] = (await events(app, { operation: call.op }, 1)).edges.map((e) => e.node);
        expect(event, call.op).toMatchObject({ subject: call.caller, callerKind: 'API_KEY', operation: call.op, requestId, outcome: expected });
        expect(event.scopes.length).toBeGreaterThan(0);
        if (expected === 'ERROR') expect(event.targets.map((t: any) => t.code).concat(event.details?.code)).toContain(r.data.result.code);
        if (call.op !== 'deprovisionPerson') expect(event.providers.length, call.op).toBeGreaterThan(0);
      }
      // Secrets never reach the trail; the created user's new id does; the deprovision report is kept whole.
      const created = (await events(app, { operation: 'createUser' }, 1)).edges[0]!.node;
      expect(created.input.input.password).toBe('[REDACTED]');
      expect(JSON.stringify(created)).not.toContain('S3cret');
      expect(created.input.input.rePassword).toBe('[REDACTED]');
      expect(created.targets).toEqual([{ provider: 'LUMAPPS', objectId: expect.any(String), outcome: 'SUCCESS', code: null, outcomeUnknown: false }]);
      const deleted = (await events(app, { operation: 'deleteUser' }, 1)).edges[0]!.node;
      expect(deleted.targets[0]).toMatchObject({ provider: 'LOGTO', objectId: u2.providerId });
      const report = (await events(app, { operation: 'deprovisionPerson' }, 1)).edges[0]!.node;
      expect(report.details).toMatchObject({ email: 'ada.lovelace@people.example.com', dryRun: true, entries: expect.any(Array) });
      expect(report.details.entries.length).toBe(report.targets.length);
      expect(report.providers.length).toBeGreaterThan(1);
    }, 60_000);

    it('a refused call (FORBIDDEN), an upstream failure and an unknown outcome are recorded too', async () => {
      const target = FAULT_TARGETS.find((t) => t.writes)!;
      // The fault scenario reads ids through app.gql: as the admin key here.
      const s = await target.scenario({ ...app, gql: async (q: string, v?: Record<string, unknown>) => gql(app, KEYS.admin, q, v) } as TestApp);
      const m = s.mutation!;
      const forbidden = await gql(app, KEYS.auditor, m.query, m.variables);
      expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const refused = (await events(app, { subject: 'auditor' }, 1)).edges[0]!.node;
      expect(refused).toMatchObject({ operation: m.field, outcome: 'ERROR', details: { code: 'FORBIDDEN' } });

      target.sim(app).inject({ route: m.route, kind: 'status', status: 503, times: 3 });
      const failed = await gql(app, KEYS.admin, m.query, m.variables);
      expect(failed.data[m.field]).toMatchObject({ code: 'UPSTREAM_ERROR', outcomeUnknown: false });
      const failure = (await events(app, { operation: m.field, outcome: 'ERROR', provider: target.enumValue }, 1)).edges[0]!.node;
      expect(failure.targets).toContainEqual(
        expect.objectContaining({ provider: target.enumValue, outcome: 'ERROR', code: 'UPSTREAM_ERROR', outcomeUnknown: false }),
      );

      target.sim(app).resetKnobs();
      target.sim(app).inject({ route: m.route, kind: 'reset', times: 3 });
      const unknown = await gql(app, KEYS.admin, m.query, m.variables);
      expect(unknown.data[m.field]).toMatchObject({ outcomeUnknown: true });
      const event = (await events(app, { operation: m.field, outcome: 'UNKNOWN' }, 1)).edges[0]!.node;
      expect(event.subject).toBe('admin');
      expect(event.targets).toContainEqual(expect.objectContaining({ provider: target.enumValue, outcome: 'UNKNOWN', outcomeUnknown: true }));
      target.sim(app).resetKnobs();

      // deprovisionPerson whose disable was sent but never answered: that entry is UNKNOWN, and so is the event.
      const apaleo = app.runtime.simulators.apaleo!;
      const people = await gql(app, KEYS.admin, '{ users(provider: APALEO, first: 3) { edges { node { email } } } }');
      const email = people.data.users.edges[2].node.email;
      apaleo.inject({ route: 'users.patch', kind: 'reset', times: 3 });
      const report = await gql(
        app,
        KEYS.admin,
        'mutation D($email: String!) { deprovisionPerson(input: { email: $email, mode: DISABLE }) { ... on DeprovisionReport { entries { provider outcome } } } }',
        { email },
      );
      apaleo.resetKnobs();
      expect(report.data.deprovisionPerson.entries).toContainEqual({ provider: 'APALEO', outcome: 'FAILED' });
      const deprovision = (await events(app, { operation: 'deprovisionPerson', outcome: 'UNKNOWN' }, 1)).edges[0]!.node;
      expect(deprovision.targets).toContainEqual(expect.objectContaining({ provider: 'APALEO', outcome: 'UNKNOWN', outcomeUnknown: true }));
      expect(deprovision.details.email).toBe(email);
    }, 60_000);

    it('auditEvents pages newest first and filters; without audit:read it is FORBIDDEN', async () => {
      const all = await events(app, {}, 50);
      expect(all.edges.length).toBeGreaterThanOrEqual(12);
      const seen: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = await events(app, {}, 5, after);
        seen.push(...page.edges.map((e) => e.node.id));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all.edges.map((e) => e.node.id));
      expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((a, b) => b - a));
      const writer = await events(app, { subject: 'writer' });
      expect(writer.edges.length).toBe(4);
      expect(writer.edges.every((e) => e.node.subject === 'writer')).toBe(true);
      const logto = await events(app, { provider: 'LOGTO', operation: 'deleteInvitation' });
      expect(logto.edges).toHaveLength(1);
      const future = await events(app, { since: new Date(Date.now() + 60_000).toISOString() });
      expect(future.edges).toHaveLength(0);
      const past = await events(app, { until: new Date(Date.now() - 3_600_000).toISOString() });
      expect(past.edges).toHaveLength(0);
      for (const key of [KEYS.writer, KEYS.inviter]) {
        const r = await gql(app, key, EVENTS, {});
        expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', requiredScopes: ['audit:read'] });
      }
      expect((await gql(app, KEYS.admin, EVENTS, { first: 1 })).data.auditEvents.edges).toHaveLength(1);
      const bad = await gql(app, KEYS.auditor, '{ auditEvents(first: 501) { edges { cursor } } }');
      expect(bad.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^first: /), extensions: { code: 'BAD_USER_INPUT' } });
      const cursor = await gql(app, KEYS.auditor, '{ auditEvents(after: "x") { edges { cursor } } }');
      expect(cursor.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^after: /), extensions: { code: 'BAD_USER_INPUT' } });
    }, 60_000);
  });
}
