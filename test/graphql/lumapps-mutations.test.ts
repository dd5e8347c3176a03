/** createUser and updateUser for LUMAPPS, GraphQL over HTTP against the LumApps simulator. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LumappsSandbox } from '../../src/providers/lumapps/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';
import { narrow } from '../helpers/typename.js';

let app: TestApp;
let sim: LumappsSandbox;

beforeAll(async () => {
  app = await createTestApp();
  sim = app.runtime.sandboxes.lumapps!;
});
afterAll(() => app.close());
afterEach(() => sim.server.resetKnobs());

const CREATE = graphql(`mutation LumappsMutationsCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    __typename
    ... on User { id providerId email firstName lastName status lumapps { accountType isHidden } }
    ... on ValidationError { field reason }
    ... on UpstreamError { httpStatus providerCode providerMessage }
    ... on UnsupportedOperationError { operation }
    ... on Error { code message }
  }
}`);

const UPDATE = graphql(`mutation LumappsMutationsUpdateUser($input: UpdateUserInput!) {
  updateUser(input: $input) {
    __typename
    ... on User { id providerId firstName lastName displayName status lumapps { isHidden accountType } }
    ... on ValidationError { field reason }
    ... on NotFoundError { kind resourceId }
    ... on UpstreamError { httpStatus providerCode }
    ... on Error { code message }
  }
}`);

const base = { provider: 'LUMAPPS' as const, firstName: 'Nora', lastName: 'Partner' };

describe('createUser (LUMAPPS)', () => {
  it('creates an external user', async () => {
    sim.server.resetCounts();
    const r = await app.gql(CREATE, { input: { ...base, email: 'nora.partner@partner.example.org' } });
    expect(r.data!.createUser).toMatchObject({
      __typename: 'User',
      email: 'nora.partner@partner.example.org',
      firstName: 'Nora',
      lastName: 'Partner',
      status: 'ENABLED',
      lumapps: { accountType: 'external', isHidden: false },
    });
    const stored = sim.byEmail('nora.partner@partner.example.org')!;
    expect(stored.wire.uid).toBe(narrow(r.data!.createUser, 'User').providerId);
    expect(stored.password).toBeNull();
    expect(sim.server.count('user.save')).toBe(1);
    const again = await app.gql(graphql(`query LumappsMutationsNode($id: ID!) { node(id: $id) { ... on User { email } } }`), {
      id: narrow(r.data!.createUser, 'User').id,
    });
    expect(again.data!.node).toEqual({ email: 'nora.partner@partner.example.org' });
  });

  it('creates an external user with a password and its repetition', async () => {
    const r = await app.gql(CREATE, {
      input: { ...base, email: 'pw.user@partner.example.org', password: 'correct7horse', rePassword: 'correct7horse', accountType: 'external' },
    });
    expect(r.data!.createUser.__typename).toBe('User');
    expect(sim.byEmail('pw.user@partner.example.org')!.password).toBe('correct7horse');
  });

  it.each([
    [{ email: 'not-an-email' }, 'input.email'],
    [{ email: 'a@b.example', firstName: '  ' }, 'input.firstName'],
    [{ email: 'a@b.example', lastName: '' }, 'input.lastName'],
    [{ email: 'a@b.example', password: 'abcdef12' }, 'input.rePassword'],
    [{ email: 'a@b.example', rePassword: 'abcdef12' }, 'input.password'],
    [{ email: 'a@b.example', password: 'abcdef12', rePassword: 'abcdef13' }, 'input.rePassword'],
    [{ email: 'a@b.example', password: 'short1', rePassword: 'short1' }, 'input.password'],
    [{ email: 'a@b.example', password: 'onlyletters', rePassword: 'onlyletters' }, 'input.password'],
    [{ email: 'a@b.example', accountType: 'google' }, 'input.accountType'],
  ])('rejects %j naming %s, before calling LumApps', async (fields, field) => {
    sim.server.resetCounts();
    const r = await app.gql(CREATE, { input: { ...base, ...fields } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.createUser).toMatchObject({ __typename: 'ValidationError', code: 'BAD_USER_INPUT', field });
    expect(sim.server.count('user.save')).toBe(0);
  });

  it('a missing required name is a GraphQL validation error', async () => {
    const r = await app.gql(
      // Invalid on purpose (no lastName): a plain string, not a typed document.
      'mutation { createUser(input: { provider: LUMAPPS, email: "a@b.example", firstName: "A" }) { __typename } }' satisfies string,
    );
    expect(r.errors).toMatchInlineSnapshot(`
      [
        {
          "extensions": {
            "code": "GRAPHQL_VALIDATION_FAILED",
          },
          "locations": [
            {
              "column": 30,
              "line": 1,
            },
          ],
          "message": "Field "CreateUserInput.lastName" of required type "String!" was not provided.",
        },
      ]
    `);
  });

  it('an existing email is an UpstreamError with LumApps status and reason (409 conflict)', async () => {
    const existing = sim.users[5]!.wire.email;
    const r = await app.gql(CREATE, { input: { ...base, email: existing } });
    expect(r.data!.createUser).toMatchInlineSnapshot(`
      {
        "__typename": "UpstreamError",
        "code": "BAD_USER_INPUT",
        "httpStatus": 409,
        "message": "lumapps user.save failed with HTTP 409: A user with the email barbara.wilson@people.example.com already exists",
        "providerCode": "conflict",
        "providerMessage": "A user with the email barbara.wilson@people.example.com already exists",
      }
    `);
  });

  it('a create is not retried on a 503 (not idempotent)', async () => {
    sim.server.resetCounts();
    sim.server.inject({ route: 'user.save', kind: 'status', status: 503, times: 1 });
    const r = await app.gql(CREATE, { input: { ...base, email: 'once@partner.example.org' } });
    expect(r.data!.createUser).toMatchObject({ __typename: 'UpstreamError', httpStatus: 503, providerCode: 'backendError' });
    expect(sim.server.count('user.save')).toBe(1);
  });

  it('providers that cannot create users answer UnsupportedOperationError', async () => {
    const r = await app.gql(CREATE, { input: { ...base, provider: 'APALEO', email: 'x@y.example' } });
    expect(r.data!.createUser).toMatchObject({ __typename: 'UnsupportedOperationError', code: 'UNSUPPORTED_OPERATION', operation: 'createUser' });
  });
});

describe('updateUser (LUMAPPS)', () => {
  const target = (i: number) => sim.users.filter((u) => u.wire.isHidden !== true && u.wire.status === 'enabled')[40 + i]!;
  const globalId = (uid: string) => Buffer.from(`User:lumapps:${uid}`).toString('base64url');

  it('changes names by read-modify-write, keeping every field idgraph does not model', async () => {
    const user = target(0);
    const before = structuredClone(user.wire);
    sim.server.resetCounts();
    const r = await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), firstName: 'Renamed', lastName: 'Person' } });
    expect(r.data!.updateUser).toMatchObject({
      __typename: 'User',
      providerId: before.uid,
      firstName: 'Renamed',
      lastName: 'Person',
      displayName: 'Renamed Person',
    });
    expect(sim.server.count('user.get')).toBe(1);
    expect(sim.server.count('user.save')).toBe(1);
    const after = user.wire;
    for (const key of [
      'settings',
      'customProfile',
      'apiProfile',
      'langs',
      'subscriptions',
      'profilePictureUrl',
      'loginProvider',
      'synchronized',
      'isHidden',
      'status',
      'accountType',
    ]) {
      expect(after[key], key).toEqual(before[key]);
    }
    expect(after.fullName).toBe('Renamed Person');
  });

  it('disables and enables a user (status)', async () => {
    const user = target(1);
    const id = globalId(user.wire.uid);
    const off = await app.gql(UPDATE, { input: { id, status: 'DISABLED' } });
    expect(off.data!.updateUser).toMatchObject({ __typename: 'User', status: 'DISABLED' });
    expect(user.wire.status).toBe('disabled');
    const on = await app.gql(UPDATE, { input: { id, status: 'ENABLED' } });
    expect(on.data!.updateUser).toMatchObject({ status: 'ENABLED' });
    expect(user.wire.status).toBe('enabled');
  });

  it('hides a user: gone from the default list, back with includeHidden', async () => {
    const user = target(2);
    const r = await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), isHidden: true } });
    expect(r.data!.updateUser).toMatchObject({ lumapps: { isHidden: true, accountType: user.wire.accountType } });
    const q = graphql(`query LumappsMutationsUsers($f: UserFilter) { users(provider: LUMAPPS, filter: $f, first: 5) { edges { node { providerId } } } }`);
    const hidden = await app.gql(q, { f: { search: user.wire.email } });
    expect(hidden.data!.users.edges).toEqual([]);
    const shown = await app.gql(q, { f: { search: user.wire.email, includeHidden: true } });
    expect(shown.data!.users.edges).toEqual([{ node: { providerId: user.wire.uid } }]);
  });

  it('an update is retried on a 503 (saving the whole object is idempotent)', async () => {
    const user = target(3);
    sim.server.resetCounts();
    sim.server.inject({ route: 'user.save', kind: 'status', status: 503, times: 1 });
    const r = await app.gql(UPDATE, { input: { id: globalId(user.wire.uid), lastName: 'Retried' } });
    expect(r.data!.updateUser).toMatchObject({ lastName: 'Retried' });
    expect(sim.server.count('user.save')).toBe(2);
  });

  it('an unknown user is a NotFoundError', async () => {
    const r = await app.gql(UPDATE, { input: { id: globalId('123'), firstName: 'X' } });
    expect(r.data!.updateUser).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', kind: 'User', resourceId: '123' });
  });

  it('fields LumApps does not have, or no field at all, are ValidationErrors', async () => {
    const id = globalId(target(4).wire.uid);
    const admin = await app.gql(UPDATE, { input: { id, isAccountAdmin: true } });
    expect(admin.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.isAccountAdmin' });
    const none = await app.gql(UPDATE, { input: { id } });
    expect(none.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input' });
    const bad = await app.gql(UPDATE, { input: { id: 'garbage!', firstName: 'X' } });
    expect(bad.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.id' });
  });
});

describe('person and deprovisionPerson reach LumApps', () => {
  it('finds a shared person in LumApps by email (user/get) and disables the account (read-modify-write save)', async () => {
    const stored = sim.users.find((u) => u.wire.email.endsWith('@people.example.com') && u.wire.status === 'enabled')!;
    const email = stored.wire.email.toLowerCase();
    const found = await app.gql(graphql(`query LumappsMutationsPerson($e: String!) { person(email: $e) { accounts { provider providerId } } }`), { e: email });
    expect(found.data!.person.accounts).toContainEqual({ provider: 'LUMAPPS', providerId: stored.wire.uid });
    const settings = structuredClone(stored.wire.settings);
    const r = await app.gql(
      graphql(
        `mutation LumappsMutationsDeprovisionPerson($e: String!) { deprovisionPerson(input: { email: $e, mode: DISABLE }) { ... on DeprovisionReport { entries { provider action outcome } } } }`,
      ),
      { e: email },
    );
    expect(r.data!.deprovisionPerson.entries).toContainEqual({ provider: 'LUMAPPS', action: 'DISABLE_USER', outcome: 'SUCCEEDED' });
    expect(stored.wire.status).toBe('disabled');
    expect(stored.wire.settings).toEqual(settings);
  });
});
