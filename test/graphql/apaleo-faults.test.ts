import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApaleoSandbox } from '../../src/providers/apaleo/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
let sandbox: ApaleoSandbox;

beforeAll(async () => {
  app = await createTestApp({ HTTP_TIMEOUT_MS: '300', HTTP_MAX_ATTEMPTS: '2' }, { providers: ['apaleo'] });
  sandbox = app.runtime.sandboxes.apaleo!;
});
afterEach(() => sandbox.server.resetKnobs());
afterAll(() => app.close());

// `user` reads GET /users/{id}; `roles` reads GET /roles: a fault on one route must not touch the other field.
const QUERY = graphql(`query ApaleoFaultsBroken($id: String!) {
  broken: user(provider: APALEO, id: $id) { email }
  roles(provider: APALEO, first: 3) { totalCount edges { node { providerId } } }
}`);

describe('a failing upstream call fails its field only (APALEO)', () => {
  it.each([
    ['a 500', { route: 'users.get', kind: 'status' as const, status: 500 }, 'UPSTREAM_ERROR'],
    ['a 429 (retried once, then reported)', { route: 'users.get', kind: 'status' as const, status: 429, headers: { 'retry-after': '0' } }, 'RATE_LIMITED'],
    ['a timeout', { route: 'users.get', kind: 'delay' as const, delayMs: 1_000 }, 'UPSTREAM_TIMEOUT'],
    ['a connection reset', { route: 'users.get', kind: 'reset' as const }, 'UPSTREAM_UNAVAILABLE'],
    ['malformed JSON', { route: 'users.get', kind: 'malformed' as const }, 'UPSTREAM_ERROR'],
    ['a body off the documented schema', { route: 'users.get', kind: 'mismatch' as const }, 'UPSTREAM_ERROR'],
  ])('%s gives a typed error with code and provider, the rest intact', async (_name, fault, code) => {
    sandbox.server.inject(fault);
    const res = await app.gql(QUERY, { id: sandbox.users[1]!.subjectId });
    expect(res.status).toBe(200);
    expect(res.data!.broken).toBeNull();
    expect(res.data!.roles.totalCount).toBe(11);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.path).toEqual(['broken']);
    expect(res.errors![0]!.extensions).toMatchObject({ code, provider: 'APALEO', operation: 'getUser' });
    expect(JSON.stringify(res.errors)).not.toMatch(/stack|Bearer|sandbox-secret/);
  });

  it('retries an idempotent read through a 503 burst, honouring Retry-After', async () => {
    sandbox.server.inject({ route: 'users.get', kind: 'status', status: 503, headers: { 'retry-after': '0' }, times: 1 });
    sandbox.server.resetCounts();
    const res = await app.gql(QUERY, { id: sandbox.users[1]!.subjectId });
    expect(res.errors).toBeUndefined();
    expect(res.data!.broken!.email).toBe(sandbox.users[1]!.email);
    expect(sandbox.server.count('users.get')).toBe(2);
  });

  it('never retries a create, and says when its outcome is unknown', async () => {
    sandbox.server.inject({ route: 'invitations.create', kind: 'status', status: 503, times: 1 });
    sandbox.server.resetCounts();
    const res = await app.gql(
      graphql(`mutation ApaleoFaultsCreateInvitation { createInvitation(input: { provider: APALEO, email: "retry.me@hotel.example.com", tenantIds: ["BER"] }) {
        __typename ... on UpstreamError { code httpStatus retryable outcomeUnknown } } }`),
    );
    expect(res.data!.createInvitation).toEqual({
      __typename: 'UpstreamError',
      code: 'UPSTREAM_ERROR',
      httpStatus: 503,
      retryable: true,
      outcomeUnknown: false,
    });
    expect(sandbox.server.count('invitations.create')).toBe(1);

    sandbox.server.inject({ route: 'invitations.create', kind: 'delay', delayMs: 1_000, times: 1 });
    const timedOut = await app.gql(
      graphql(`mutation ApaleoFaultsCreateInvitation2 { createInvitation(input: { provider: APALEO, email: "slow.one@hotel.example.com", tenantIds: ["BER"] }) {
        __typename ... on UpstreamError { code outcomeUnknown message } } }`),
    );
    expect(timedOut.data!.createInvitation).toMatchInlineSnapshot(`
      {
        "__typename": "UpstreamError",
        "code": "UPSTREAM_TIMEOUT",
        "message": "apaleo createInvitation timed out after 300 ms; the request may have reached apaleo, so its outcome is unknown: check before repeating it",
        "outcomeUnknown": true,
      }
    `);
  });

  it('keeps serving after faults', async () => {
    sandbox.server.inject({ route: '*', kind: 'reset', times: 5 });
    await app.gql(QUERY, { id: sandbox.users[1]!.subjectId });
    const res = await app.gql(QUERY, { id: sandbox.users[1]!.subjectId });
    expect(res.errors).toBeUndefined();
  });
});

describe('the Apaleo token', () => {
  it('is fetched once for many concurrent queries, and refreshed once when it expires mid-run', async () => {
    await app.gql(graphql(`query ApaleoFaultsRoles { roles(provider: APALEO) { totalCount } }`));
    const issued = sandbox.tokensIssued;
    sandbox.expireTokens();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        app.gql(QUERY.replace('broken', `u${i}`).replace('$id: String!', '$id: String!'), { id: sandbox.users[i]!.subjectId }),
      ),
    );
    for (const res of results) expect(res.errors).toBeUndefined();
    expect(sandbox.tokensIssued).toBe(issued + 1);
  });

  it('is a typed error naming the provider when the token endpoint fails', async () => {
    sandbox.expireTokens();
    sandbox.server.inject({ route: 'token', kind: 'status', status: 400, json: { error: 'invalid_client' }, times: 1 });
    const res = await app.gql(QUERY, { id: sandbox.users[1]!.subjectId });
    // Both fields need the token: `broken` is null, `roles` (non-null) an empty page marked incomplete.
    expect(res.data).toEqual({ broken: null, roles: { totalCount: null, edges: [] } });
    // Both fields fail on the refused token; the order of their errors is not part of the contract.
    expect([...(res.errors ?? [])].sort((x, y) => String(x.path).localeCompare(String(y.path)))).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "operation": "token",
            "provider": "APALEO",
            "providerCode": "invalid_client",
            "retryable": false,
            "status": 400,
          },
          "locations": [
            {
              "column": 3,
              "line": 3,
            },
          ],
          "message": "apaleo refused idgraph's credentials (HTTP 400 invalid_client); check the provider's client id and secret",
          "path": [
            "broken",
          ],
        },
        {
          "extensions": {
            "code": "UPSTREAM_ERROR",
            "incomplete": true,
            "operation": "token",
            "provider": "APALEO",
            "providerCode": "invalid_client",
            "retryable": false,
            "status": 400,
          },
          "locations": [
            {
              "column": 3,
              "line": 6,
            },
          ],
          "message": "apaleo refused idgraph's credentials (HTTP 400 invalid_client); check the provider's client id and secret (this page lacks its items; ask again with the same arguments)",
          "path": [
            "roles",
          ],
        },
      ]
    `);
    expect(JSON.stringify(res.errors)).not.toContain(sandbox.clientSecret);
  });
});
