/**
 * Issue 10, upstream items (3 HTTP part, 6, 9, 10, 11, 15), attacked over HTTP against a live-mode
 * app: Apaleo and Logto are live (simulators started on their own with credentials of their own play
 * the real providers), callers authenticate with an API key, and the app listens on a real port.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { appOptionsFromConfig, createApp } from '../src/app.js';
import { sha256Hex } from '../src/auth/authenticator.js';
import { loadConfig } from '../src/config.js';
import { encodeId } from '../src/graphql/global-id.js';
import { ApaleoSandbox } from '../src/providers/apaleo/sandbox.js';
import { startProviders, type Runtime } from '../src/providers/index.js';
import { LogtoSandbox } from '../src/providers/logto/sandbox.js';
import { graphql } from './gql/index.js';
import type { TypedDocument } from './helpers/app.js';
import { narrow } from './helpers/typename.js';

const NODE_BY_ID = graphql(`query GateUpstreamNodeById($id: ID!) { node(id: $id) { id } }`);

const KEY = 'gate-upstream-admin-key-0123456789';
const API_KEYS = JSON.stringify([{ name: 'admin', sha256: sha256Hex(KEY), scopes: ['admin'] }]);

let apaleo: ApaleoSandbox;
let logto: LogtoSandbox;

interface Live {
  url: string;
  runtime: Runtime;
  gql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    init?: { signal?: AbortSignal },
  ): Promise<{ status: number; data: T | null; errors?: any[] }>;
  gql<R, V>(query: TypedDocument<R, V>, variables?: V, init?: { signal?: AbortSignal }): Promise<{ status: number; data: R | null; errors?: any[] }>;
  close(): Promise<void>;
}

async function liveApp(env: Record<string, string> = {}): Promise<Live> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    AUTH_API_KEYS: API_KEYS,
    APALEO_BASE_URL: apaleo.server.baseUrl,
    APALEO_CLIENT_ID: 'live-apaleo',
    APALEO_CLIENT_SECRET: 'live-apaleo-secret',
    LOGTO_BASE_URL: logto.server.baseUrl,
    LOGTO_APP_ID: 'live-logto',
    LOGTO_APP_SECRET: 'live-logto-secret',
    LOGTO_RESOURCE: logto.resource,
    AUTHRESS_ENABLED: 'false',
    LUMAPPS_ENABLED: 'false',
    CIRCUIT_FAILURE_THRESHOLD: '1000',
    AUDIT_ENABLED: 'false',
    ...env,
  });
  expect(config.mode).toBe('live');
  const runtime = await startProviders(config);
  const yoga = createApp(appOptionsFromConfig(config, runtime.providers));
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  return {
    url,
    runtime,
    async gql(query: string | TypedDocument<unknown, unknown>, variables?: unknown, init: { signal?: AbortSignal } = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
        body: JSON.stringify({ query: query.toString(), variables }),
        signal: init.signal ?? null,
      });
      const body = (await response.json()) as { data?: unknown; errors?: any[] };
      return { status: response.status, data: (body.data ?? null) as never, ...(body.errors ? { errors: body.errors } : {}) };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await runtime.close();
    },
  };
}

const apaleoUserId = (i = 0) => encodeId('User', `apaleo:${apaleo.users[i]!.subjectId}`);

beforeAll(async () => {
  apaleo = new ApaleoSandbox({ clientId: 'live-apaleo', clientSecret: 'live-apaleo-secret' });
  logto = new LogtoSandbox({ appId: 'live-logto', appSecret: 'live-logto-secret' });
  await Promise.all([apaleo.start(), logto.start()]);
});
afterAll(async () => {
  await Promise.all([apaleo.stop(), logto.stop()]);
});
afterEach(() => {
  for (const sim of [apaleo.server, logto.server]) {
    sim.resetKnobs();
    sim.resetCounts();
  }
});

describe('10.3 a per-request budget of upstream calls', () => {
  let app: Live;
  beforeAll(async () => {
    app = await liveApp({ UPSTREAM_CALL_BUDGET: '5' });
  });
  afterAll(() => app.close());

  it('stops sending after the budget: further calls fail at once with UPSTREAM_BUDGET_EXCEEDED', async () => {
    await app.gql(graphql(`query GateUpstreamUsers { users(provider: APALEO, first: 1) { totalCount } }`)); // the token, fetched once
    apaleo.server.resetCounts();
    const ids = Array.from({ length: 12 }, (_, i) => apaleoUserId(i));
    const r = await app.gql(graphql(`query GateUpstreamNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids });
    expect(r.status).toBe(200);
    expect(apaleo.server.count('users.get')).toBeLessThanOrEqual(5);
    expect(r.errors?.some((e) => e.extensions?.code === 'UPSTREAM_BUDGET_EXCEEDED' && e.extensions?.retryable === false)).toBe(true);
    expect(JSON.stringify(r.errors)).toMatch(/budget of 5 upstream calls/);
  });

  it('is per request: the next request has its own budget', async () => {
    const r = await app.gql(graphql(`query GateUpstreamNodes2($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: [apaleoUserId(0), apaleoUserId(1)] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.nodes).toHaveLength(2);
  });
});

describe('10.6 write outcomes', () => {
  let app: Live;
  beforeAll(async () => {
    app = await liveApp({ HTTP_TIMEOUT_MS: '300', HTTP_MAX_RETRY_DELAY_MS: '200' });
  });
  afterAll(() => app.close());

  // Each mutation below selects: ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message }

  it('a DELETE that timed out after it was sent: outcomeUnknown true, retryable false (it was in fact deleted)', async () => {
    const email = `gate-delete-${Date.now()}@example.com`;
    const created = await app.gql(
      graphql(
        `mutation GateUpstreamCreateInvitation($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: ["BER"] }) { __typename ... on Invitation { id } } }`,
      ),
      { email },
    );
    expect(created.data!.createInvitation.__typename).toBe('Invitation');
    apaleo.server.inject({ route: 'invitations.delete', kind: 'delay', delayMs: 700, times: 5 });
    const r = await app.gql(
      graphql(
        `mutation GateUpstreamDeleteInvitation($id: ID!) { deleteInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
      ),
      { id: narrow(created.data!.createInvitation, 'Invitation').id },
    );
    expect(r.data!.deleteInvitation).toMatchObject({ __typename: 'UpstreamError', code: 'UPSTREAM_TIMEOUT', outcomeUnknown: true, retryable: false });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(apaleo.invitations.some((i) => i.email === email)).toBe(false);
  });

  it('a PATCH answered 502 or 504: outcomeUnknown true, retryable false', async () => {
    for (const status of [502, 504]) {
      apaleo.server.inject({ route: 'users.patch', kind: 'status', status, times: 5 });
      const r = await app.gql(
        graphql(
          `mutation GateUpstreamUpdateUser3($id: ID!) { updateUser(input: { id: $id, firstName: "Gate" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
        ),
        { id: apaleoUserId(2) },
      );
      expect(r.data!.updateUser).toMatchObject({ __typename: 'UpstreamError', outcomeUnknown: true, retryable: false });
      apaleo.server.resetKnobs();
    }
  });

  it('a POST whose connection was reset after sending: outcomeUnknown true, retryable false', async () => {
    apaleo.server.inject({ route: 'invitations.create', kind: 'reset', times: 1 });
    const r = await app.gql(
      graphql(
        `mutation GateUpstreamCreateInvitation2 { createInvitation(input: { provider: APALEO, email: "gate-reset@example.com", tenantIds: ["BER"] }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
      ),
    );
    expect(r.data!.createInvitation).toMatchObject({ __typename: 'UpstreamError', code: 'UPSTREAM_UNAVAILABLE', outcomeUnknown: true, retryable: false });
  });

  it('Apaleo createInvitation whose read-back failed reports the invitation', async () => {
    apaleo.server.inject({ route: 'invitations.list', kind: 'status', status: 500, times: 3 });
    const email = `gate-readback-${Date.now()}@example.com`;
    const r = await app.gql(
      graphql(
        `mutation GateUpstreamCreateInvitation3($email: String!) { createInvitation(input: { provider: APALEO, email: $email, tenantIds: ["BER"] }) { __typename ... on Invitation { email } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
      ),
      { email },
    );
    expect(r.data!.createInvitation).toEqual({ __typename: 'Invitation', email });
  });

  it('Apaleo updateUser whose read-back failed: never a plain failure (outcomeUnknown, not retryable)', async () => {
    apaleo.server.inject({ route: 'users.get', kind: 'status', status: 500, times: 3 });
    const r = await app.gql(
      graphql(
        `mutation GateUpstreamUpdateUser4($id: ID!) { updateUser(input: { id: $id, lastName: "Readback" }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
      ),
      { id: apaleoUserId(3) },
    );
    expect(r.data!.updateUser).toMatchObject({
      __typename: 'UpstreamError',
      outcomeUnknown: true,
      retryable: false,
      message: expect.stringMatching(/was updated/),
    });
    expect(apaleo.users[3]!.lastName).toBe('Readback');
  });

  it('Logto resendInvitation reads before it sends and never after: a sent email is never reported as a failure', async () => {
    logto.emailConnector = true;
    try {
      const list = await app.gql(graphql(`query GateUpstreamInvitations { invitations(provider: LOGTO, first: 20) { edges { node { id status } } } }`));
      const pending = list.data!.invitations.edges.find((e) => e.node.status === 'PENDING')!.node.id;
      const sent = logto.sentMessages.length;
      // The read fails: nothing was sent, so this is a plain failure the client may retry.
      logto.server.inject({ route: 'invitations.get', kind: 'status', status: 500, times: 3 });
      const failed = await app.gql(
        graphql(
          `mutation GateUpstreamResendInvitation($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
        ),
        { id: pending },
      );
      expect(failed.data!.resendInvitation).toMatchObject({ __typename: 'UpstreamError', outcomeUnknown: false });
      expect(logto.sentMessages.length).toBe(sent);
      // The read succeeds, the email goes out, and no read follows that could turn the send into a failure.
      logto.server.resetKnobs();
      logto.server.resetCounts();
      const ok = await app.gql(
        graphql(
          `mutation GateUpstreamResendInvitation2($id: ID!) { resendInvitation(input: { id: $id }) { __typename ... on Invitation { id status } ... on UpstreamError { code outcomeUnknown retryable message } ... on Error { code message } } }`,
        ),
        { id: pending },
      );
      expect(ok.data!.resendInvitation).toMatchObject({ __typename: 'Invitation', id: pending, status: 'PENDING' });
      expect(logto.sentMessages.length).toBe(sent + 1);
      expect(logto.server.count('invitations.get')).toBe(1);
    } finally {
      logto.emailConnector = false;
    }
  });
});

describe('10.9 deadline, slot wait and cancellation', () => {
  it('a call waits for a concurrency slot only so long, then fails fast as UPSTREAM_UNAVAILABLE', async () => {
    const app = await liveApp({ HTTP_MAX_CONCURRENCY: '1', HTTP_SLOT_WAIT_MS: '150', HTTP_TIMEOUT_MS: '5000' });
    try {
      await app.gql(graphql(`query GateUpstreamUsers2 { users(provider: APALEO, first: 1) { totalCount } }`));
      apaleo.server.inject({ route: 'users.get', kind: 'delay', delayMs: 1200, times: 1 });
      const slow = app.gql(NODE_BY_ID, { id: apaleoUserId(0) });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const queued = await app.gql(NODE_BY_ID, { id: apaleoUserId(1) });
      expect(Date.now() - started).toBeLessThan(900);
      expect(queued.errors).toMatchInlineSnapshot(`
        [
          {
            "extensions": {
              "code": "UPSTREAM_UNAVAILABLE",
              "operation": "getUser",
              "provider": "APALEO",
              "providerCode": null,
              "retryable": true,
              "status": null,
            },
            "locations": [
              {
                "column": 3,
                "line": 3,
              },
            ],
            "message": "apaleo getUser was not sent: no free connection slot within 150 ms (apaleo is slow or busy)",
            "path": [
              "node",
            ],
          },
        ]
      `);
      expect((await slow).errors).toBeUndefined();
    } finally {
      await app.close();
    }
  });

  it('one overall deadline per request caps the upstream timeout and Retry-After waits', async () => {
    const app = await liveApp({ REQUEST_DEADLINE_MS: '400', HTTP_TIMEOUT_MS: '5000', HTTP_MAX_RETRY_DELAY_MS: '5000' });
    try {
      await app.gql(graphql(`query GateUpstreamUsers3 { users(provider: APALEO, first: 1) { totalCount } }`));
      apaleo.server.inject({ route: 'users.get', kind: 'delay', delayMs: 1500, times: 1 });
      let started = Date.now();
      const slow = await app.gql(NODE_BY_ID, { id: apaleoUserId(0) });
      expect(Date.now() - started).toBeLessThan(1200);
      expect(slow.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_TIMEOUT', provider: 'APALEO' });

      apaleo.server.inject({ route: 'users.get', kind: 'status', status: 429, headers: { 'retry-after': '2' }, times: 1 });
      started = Date.now();
      const limited = await app.gql(NODE_BY_ID, { id: apaleoUserId(0) });
      expect(Date.now() - started).toBeLessThan(1200);
      expect(limited.errors![0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: 2 });
      expect(apaleo.server.count('users.get')).toBe(2);
    } finally {
      await app.close();
    }
  });

  it('a request the caller hung up on stops its upstream calls', async () => {
    const app = await liveApp({ HTTP_MAX_CONCURRENCY: '1', HTTP_SLOT_WAIT_MS: '10000', REQUEST_DEADLINE_MS: '60000' });
    try {
      await app.gql(graphql(`query GateUpstreamUsers4 { users(provider: APALEO, first: 1) { totalCount } }`));
      apaleo.server.resetCounts();
      apaleo.server.latencyMs = 150;
      const ids = Array.from({ length: 10 }, (_, i) => apaleoUserId(i));
      const controller = new AbortController();
      const pending = app
        .gql(graphql(`query GateUpstreamNodes3($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids }, { signal: controller.signal })
        .catch(() => 'aborted');
      await new Promise((resolve) => setTimeout(resolve, 250));
      controller.abort();
      expect(await pending).toBe('aborted');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      // Without cancellation all 10 run one after the other (150 ms each).
      expect(apaleo.server.count('users.get')).toBeLessThanOrEqual(4);
    } finally {
      await app.close();
    }
  });
});

describe('10.10 ids outside the provider alphabet, and dot segments', () => {
  let app: Live;
  beforeAll(async () => {
    app = await liveApp();
    await app.gql(
      graphql(`query GateUpstreamUsers5 { users(provider: LOGTO, first: 1) { totalCount } users2: users(provider: APALEO, first: 1) { totalCount } }`),
    );
  });
  afterAll(() => app.close());

  for (const bad of ['..', '.', 'a/b', 'x?y=1', 'sp ace']) {
    it(`Logto user id ${JSON.stringify(bad)} in a global id is BAD_USER_INPUT before any call`, async () => {
      logto.server.resetCounts();
      const id = encodeId('User', `logto:${bad}`);
      const m = await app.gql(
        graphql(
          `mutation GateUpstreamUpdateUser($id: ID!) { updateUser(input: { id: $id, status: DISABLED }) { __typename ... on ValidationError { code field } ... on Error { code } } }`,
        ),
        { id },
      );
      expect(m.data!.updateUser).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT' });
      const q = await app.gql(NODE_BY_ID, { id });
      expect(q.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', provider: 'LOGTO' });
      expect(logto.server.count()).toBe(0);
    });
  }

  it('Apaleo ids: dot segments refused before any call; an email invitation id still works', async () => {
    apaleo.server.resetCounts();
    for (const bad of ['..', '.']) {
      const m = await app.gql(
        graphql(`mutation GateUpstreamUpdateUser2($id: ID!) { updateUser(input: { id: $id, firstName: "X" }) { __typename ... on Error { code } } }`),
        { id: encodeId('User', `apaleo:${bad}`) },
      );
      expect(m.data!.updateUser).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT' });
      const q = await app.gql(`{ user(provider: APALEO, id: ${JSON.stringify(bad)}) { id } }`);
      expect(q.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
    expect(apaleo.server.count()).toBe(0);
    const ok = await app.gql(`{ user(provider: APALEO, id: ${JSON.stringify(apaleo.users[0]!.subjectId)}) { id } }`);
    expect(ok.errors).toBeUndefined();
  });
});

describe('10.11 upstream error text is bounded and sanitized', () => {
  let app: Live;
  beforeAll(async () => {
    app = await liveApp();
  });
  afterAll(() => app.close());

  it('keeps the provider code, drops secrets, URLs and internal hosts, and bounds the length', async () => {
    const injected = `Lookup failed: password=hunter2 token: sk_live_abcdefghijklmnopqrstuvwxyz012345 at http://10.1.2.3:8080/admin on db01.corp.internal:5432 ${'x'.repeat(500)}`;
    apaleo.server.inject({ route: 'users.list', kind: 'status', status: 422, json: { error: 'invalid_request', messages: [injected] }, times: 1 });
    const list = await app.gql(graphql(`query GateUpstreamUsers6 { users(provider: APALEO, first: 1) { totalCount } }`));
    const text = JSON.stringify(list.errors);
    expect(list.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', providerCode: 'invalid_request', status: 422 });
    for (const leak of ['hunter2', 'sk_live_', '10.1.2.3', 'corp.internal', 'http://']) expect(text).not.toContain(leak);
    expect(list.errors![0]!.message.length).toBeLessThan(320);
  });
});

describe('10.15 upstream body size and list inputs sent upstream', () => {
  let app: Live;
  beforeAll(async () => {
    app = await liveApp({ HTTP_MAX_BODY_BYTES: '4096' });
  });
  afterAll(() => app.close());

  it('a body larger than HTTP_MAX_BODY_BYTES is not read: UPSTREAM_ERROR', async () => {
    apaleo.server.inject({ route: 'roles.list', kind: 'status', status: 200, json: { roles: Array.from({ length: 2000 }, () => 'PropertyAdmin') }, times: 1 });
    const r = await app.gql(graphql(`query GateUpstreamRoles { roles(provider: APALEO) { totalCount } }`));
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "incomplete": true,
            "operation": "listRoles",
            "provider": "APALEO",
            "providerCode": null,
            "retryable": false,
            "status": 200,
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "apaleo listRoles answered HTTP 200 with a body larger than 4096 bytes; it was not read (this page lacks its items; ask again with the same arguments)",
          "path": [
            "roles",
          ],
        },
      ]
    `);
    const after = await app.gql(graphql(`query GateUpstreamRoles2 { roles(provider: APALEO) { totalCount } }`));
    expect(after.errors).toBeUndefined();
  });

  it('too many or too long propertyIds are BAD_USER_INPUT, nothing sent (the HTTP core caps them even when the GraphQL list cap is raised)', async () => {
    const wide = await liveApp({ MAX_LIST_ARGUMENT: '1000' });
    try {
      await wide.gql(graphql(`query GateUpstreamUsers7 { users(provider: APALEO, first: 1) { totalCount } }`));
      apaleo.server.resetCounts();
      const many = await wide.gql(
        graphql(`query GateUpstreamUsers8($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }`),
        {
          p: Array.from({ length: 150 }, (_, i) => `P${i}`),
        },
      );
      expect(many.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'propertyIds' });
      const long = await wide.gql(
        graphql(`query GateUpstreamUsers9($p: [String!]) { users(provider: APALEO, first: 1, filter: { propertyIds: $p }) { totalCount } }`),
        { p: ['B'.repeat(300)] },
      );
      expect(long.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'propertyIds' });
      expect(apaleo.server.count('users.list')).toBe(0);
    } finally {
      await wide.close();
    }
  });
});
