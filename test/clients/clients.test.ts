/**
 * Issue 12 items 8 and 9: the snippets of docs/frontend.md (test/clients/snippets/, typechecked by
 * `npm run typecheck`) run with each client's defaults against the sandbox app on a real listening
 * HTTP server: a query and a mutation each with Apollo Client, urql and graphql-request, and Relay's
 * network layer.
 */
import type { RequestParameters } from 'relay-runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type ListeningApp } from './server.js';
import { createApolloClient, DISABLE_USER, firstTwoPagesThenDisable } from './snippets/apollo.js';
import { createRequestClient, inviteToFirstOrganization } from './snippets/graphql-request.js';
import { createRelayEnvironment } from './snippets/relay.js';
import { createUrqlClient, personThenRename } from './snippets/urql.js';

let server: ListeningApp;
beforeAll(async () => {
  server = await listen();
});
afterAll(() => server.close());

describe('Apollo Client', () => {
  it('pages with relayStylePagination, and reads a mutation result union, errors included', async () => {
    const client = createApolloClient(server.url);
    const { first, more, cached, result } = await firstTwoPagesThenDisable(client);
    expect(first.error).toBeUndefined();
    expect(first.data!.users.edges).toHaveLength(2);
    expect(more.data!.users.edges.length).toBeGreaterThanOrEqual(2);
    // The cache merged both pages into one list under the key arguments.
    const firstIds = first.data!.users.edges.map((e) => e.node.id);
    const cachedIds = cached!.users.edges.map((e) => e.node.id);
    expect(cachedIds).toHaveLength(4);
    expect(cachedIds.slice(0, 2)).toEqual(firstIds);
    expect(new Set(cachedIds).size).toBe(4);
    expect(result.data!.updateUser).toMatchObject({ __typename: 'User', status: 'DISABLED' });

    // A typed error comes through `... on Error` thanks to possibleTypes.
    const refused = await client.mutate({ mutation: DISABLE_USER, variables: { id: 'not-an-id' } });
    expect(refused.data!.updateUser).toMatchObject({ __typename: 'ValidationError', field: 'input.id', code: 'BAD_USER_INPUT' });
    expect((refused.data!.updateUser as { message?: string }).message).toBeTruthy();
  });
});

describe('urql', () => {
  it('runs a query (GET, its default) and a mutation with the default client', async () => {
    const client = createUrqlClient(server.url);
    const { person, renamed } = await personThenRename(client, 'Ada.Lovelace@people.example.com', 'Augusta').catch((error: unknown) => {
      throw new Error(`urql failed: ${String(error)}`);
    });
    expect(person.error?.message).toBeUndefined();
    expect(person.data.person).toMatchObject({ email: 'ada.lovelace@people.example.com', errors: [] });
    expect(person.data.person.accounts).toHaveLength(4);
    expect(renamed.error).toBeUndefined();
    expect(renamed.data.updateUser).toMatchObject({ __typename: 'User', firstName: 'Augusta' });
  });
});

describe('graphql-request', () => {
  it('runs a query and a mutation with the default client, global ids straight from the query', async () => {
    const client = createRequestClient(server.url);
    const { tenant, errors, invited } = await inviteToFirstOrganization(client, 'frontend.guide@example.com');
    expect(errors).toBeUndefined();
    expect(invited).toMatchObject({ __typename: 'Invitation', status: 'PENDING', tenant: { name: tenant.name } });
  });
});

describe('Relay', () => {
  it('fetches through the network layer of the environment', async () => {
    const environment = createRelayEnvironment(server.url);
    const params = {
      id: null,
      cacheID: 'ProvidersQuery',
      name: 'ProvidersQuery',
      operationKind: 'query',
      text: 'query ProvidersQuery { providers { provider mode } }',
      metadata: {},
    } as unknown as RequestParameters;
    const payload = (await environment.getNetwork().execute(params, {}, {}).toPromise()) as { data?: { providers: { provider: string }[] } };
    expect(payload.data!.providers.map((p) => p.provider)).toEqual(['APALEO', 'AUTHRESS', 'LOGTO', 'LUMAPPS']);
  });
});
