/**
 * One descriptor per landed provider for the fault-injection and fuzz tests: which simulator route a
 * nullable field hits, which other route answers a sibling field, and which mutation is not idempotent.
 * Other providers add their row to FAULT_TARGETS.
 */
import type { ProviderId } from '../../src/domain/types.js';
import type { SimServer } from '../../src/sandbox/server.js';
import type { TestApp } from './app.js';

export interface FaultScenario {
  /** Aliased `hit`: a nullable field whose resolution calls only `hitRoute` (after a token). */
  hit: string;
  hitRoute: string;
  /** Aliased `ok`: a field that calls `okRoute` and must stay intact (non-null) while `hitRoute` is faulted. */
  ok: string;
  okRoute: string;
  /** A write that is not idempotent, answered as a mutation result union with `... on Error` (when `writes`). */
  mutation: { query: string; variables: Record<string, unknown>; route: string; field: string } | null;
}

export interface FaultTarget {
  provider: ProviderId;
  enumValue: string;
  /** The simulator's token endpoint route; null when the provider has none (Authress signs its own JWT). */
  tokenRoute: string | null;
  /** Whether the provider has a non-idempotent write to test unknown outcomes with. */
  writes: boolean;
  sim(app: TestApp): SimServer;
  scenario(app: TestApp): Promise<FaultScenario>;
}

export const FAULT_TARGETS: FaultTarget[] = [
  {
    provider: 'apaleo',
    enumValue: 'APALEO',
    tokenRoute: 'token',
    writes: true,
    sim: (app) => app.runtime.simulators.apaleo!,
    async scenario(app) {
      const users = await app.gql<{ users: { edges: { node: { id: string; providerId: string } }[] } }>(
        '{ users(provider: APALEO, first: 1) { edges { node { id providerId } } } }',
      );
      const user = users.data!.users.edges[0]!.node;
      const roles = await app.gql<{ roles: { edges: { node: { id: string } }[] } }>('{ roles(provider: APALEO, first: 1) { edges { node { id } } } }');
      return {
        hit: `hit: user(provider: APALEO, id: ${JSON.stringify(user.providerId)}) { id email }`,
        hitRoute: 'users.get',
        ok: `ok: node(id: ${JSON.stringify(roles.data!.roles.edges[0]!.node.id)}) { id }`,
        okRoute: 'roles.list',
        mutation: {
          query: `mutation($email: String!) { createInvitation(input: { provider: APALEO, email: $email, isAccountAdmin: true }) {
            __typename ... on Invitation { id } ... on Error { code message } ... on UpstreamError { provider outcomeUnknown retryable } } }`,
          variables: { email: `fault-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com` },
          route: 'invitations.create',
          field: 'createInvitation',
        },
      };
    },
  },
  {
    provider: 'authress',
    enumValue: 'AUTHRESS',
    tokenRoute: null,
    writes: false,
    sim: (app) => app.runtime.simulators.authress!,
    async scenario(app) {
      const users = await app.gql<{ users: { edges: { node: { providerId: string } }[] } }>('{ users(provider: AUTHRESS, first: 1) { edges { node { providerId } } } }');
      const tenants = await app.gql<{ tenants: { edges: { node: { id: string } }[] } }>('{ tenants(provider: AUTHRESS, first: 1) { edges { node { id } } } }');
      return {
        hit: `hit: user(provider: AUTHRESS, id: ${JSON.stringify(users.data!.users.edges[0]!.node.providerId)}) { id email }`,
        hitRoute: 'users.get',
        ok: `ok: node(id: ${JSON.stringify(tenants.data!.tenants.edges[0]!.node.id)}) { id }`,
        okRoute: 'tenants.get',
        // Every Authress write idgraph makes (DELETE user, PATCH tenant link) is idempotent.
        mutation: null,
      };
    },
  },
  {
    provider: 'logto',
    enumValue: 'LOGTO',
    tokenRoute: 'token',
    writes: true,
    sim: (app) => app.runtime.simulators.logto!,
    async scenario(app) {
      const users = await app.gql<{ users: { edges: { node: { providerId: string } }[] } }>('{ users(provider: LOGTO, first: 1) { edges { node { providerId } } } }');
      const tenants = await app.gql<{ tenants: { edges: { node: { id: string; providerId: string } }[] } }>(
        '{ tenants(provider: LOGTO, first: 1) { edges { node { id providerId } } } }',
      );
      const tenant = tenants.data!.tenants.edges[0]!.node;
      return {
        // Logto reads users by id through the advanced search of GET /api/users (one call for a batch).
        hit: `hit: user(provider: LOGTO, id: ${JSON.stringify(users.data!.users.edges[0]!.node.providerId)}) { id email }`,
        hitRoute: 'users.list',
        ok: `ok: node(id: ${JSON.stringify(tenant.id)}) { id }`,
        okRoute: 'organizations.get',
        mutation: {
          query: `mutation($email: String!, $org: String!) { createInvitation(input: { provider: LOGTO, email: $email, tenantIds: [$org] }) {
            __typename ... on Invitation { id } ... on Error { code message } ... on UpstreamError { provider outcomeUnknown retryable } } }`,
          variables: { email: `fault-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`, org: tenant.providerId },
          route: 'invitations.create',
          field: 'createInvitation',
        },
      };
    },
  },
  {
    provider: 'lumapps',
    enumValue: 'LUMAPPS',
    tokenRoute: 'token',
    writes: true,
    sim: (app) => app.runtime.simulators.lumapps!,
    async scenario(app) {
      const users = await app.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(provider: LUMAPPS, first: 2) { edges { node { id } } } }');
      const ids = users.data!.users.edges.map((e) => e.node.id);
      return {
        // user/get without a key. (Not user(id): it shares the users loader with `ok`, whose batch goes to user/list.)
        hit: 'hit: currentUser(provider: LUMAPPS) { id email }',
        hitRoute: 'user.get',
        // LumApps has only users: the sibling on another route is a batch of two by id (user/list?ids=…).
        ok: `ok: nodes(ids: ${JSON.stringify(ids)}) { id }`,
        okRoute: 'user.list',
        mutation: {
          query: `mutation($email: String!) { createUser(input: { provider: LUMAPPS, email: $email, firstName: "Fault", lastName: "Test" }) {
            __typename ... on User { id } ... on Error { code message } ... on UpstreamError { provider outcomeUnknown retryable } } }`,
          variables: { email: `fault-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com` },
          route: 'user.save',
          field: 'createUser',
        },
      };
    },
  },
];
