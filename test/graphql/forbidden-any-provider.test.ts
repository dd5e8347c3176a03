/**
 * Issue 13 item 2: a 403 is typed the same for every provider. The HTTP core makes it an
 * UpstreamForbidden whoever answered; a mutation whose result union has ForbiddenError answers it
 * (it used to be typed for one provider only, and an UpstreamError elsewhere).
 */
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { LogtoSandbox } from '../../src/providers/logto/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
let sandbox: LogtoSandbox;

beforeAll(async () => {
  app = await createTestApp({ APALEO_ENABLED: 'false' });
  sandbox = app.runtime.sandboxes.logto!;
});
afterAll(() => app.close());
afterEach(() => sandbox.server.resetKnobs());

const DELETE_USER = graphql(`mutation ForbiddenAnyProviderDeleteUser($input: DeleteUserInput!) { deleteUser(input: $input) {
  __typename
  ... on UserDeletion { pending }
  ... on Error { code message }
  ... on ForbiddenError { provider operation providerMessage }
} }`);

it('a Logto 403 on deleteUser is the typed ForbiddenError, nothing deleted', async () => {
  const user = sandbox.users[7]!;
  sandbox.server.inject({ route: 'users.delete', kind: 'status', status: 403, times: 1 });
  const r = await app.gql(DELETE_USER, { input: { id: Buffer.from(`User:logto:${user.id}`).toString('base64url') } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.deleteUser).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', provider: 'LOGTO', operation: 'deleteUser' });
  expect(sandbox.users.some((u) => u.id === user.id)).toBe(true);
});
