/**
 * The provider contract suite (issue 13, item 4): run once per entry of the provider registry, through
 * GraphQL over HTTP, against an app that starts only that provider and its simulator. In the default
 * build it covers the four real providers; the `contract-fake` vitest project runs it again with the
 * registry aliased to test/contract/registry.ts (the real ones plus a fake fifth provider).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeId } from '../../src/graphql/global-id.js';
import { enumValueOf } from '../../src/providers/define.js';
import { PROVIDERS, type ProviderId } from '../../src/providers/known.js';
import { createTestApp, type GqlResponse, type TestApp } from '../helpers/app.js';

const ENV = { HTTP_MAX_RETRY_DELAY_MS: '2000', CIRCUIT_FAILURE_THRESHOLD: '1000' };

/** A value for each UserFilter field, to send one the provider does not honour. */
const FILTER_VALUES: Record<string, string> = {
  search: '"x"',
  email: '"nobody@example.com"',
  status: 'ENABLED',
  propertyIds: '["x"]',
  tenantId: '"x"',
  accountTypes: '["x"]',
  groupIds: '["x"]',
  includeHidden: 'true',
  registeredWithinDays: '1',
  sort: '[EMAIL_ASC]',
};

interface UsersPage {
  users: {
    edges: { cursor: string; node: { id: string; providerId: string } }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  };
}

function noErrors(response: GqlResponse<unknown>): void {
  expect(response.errors, JSON.stringify(response.errors)).toBeUndefined();
}

/** CONTRACT_PROVIDERS=fake (the contract-fake project) runs the suite for those providers only; default: every one. */
const only = process.env.CONTRACT_PROVIDERS?.split(',');

for (const definition of PROVIDERS.filter((p) => !only || only.includes(p.id))) {
  const id = definition.id as ProviderId;
  const E = enumValueOf(id);
  const usersRoute = definition.test.contract.usersRoute;

  describe(`provider contract: ${id}`, () => {
    let app: TestApp;
    let info: { capabilities: string[]; userFilters: string[] };
    const sim = () => app.runtime.simulators[id]!;

    async function page(args: string): Promise<UsersPage['users']> {
      const r = await app.gql<UsersPage>(
        `{ users(provider: ${E}, ${args}) { edges { cursor node { id providerId } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
      );
      noErrors(r);
      return r.data!.users;
    }

    beforeAll(async () => {
      app = await createTestApp(ENV, { providers: [id] });
      const r = await app.gql<{ providers: { provider: string; capabilities: string[]; userFilters: string[] }[] }>(
        '{ providers { provider capabilities userFilters } }',
      );
      noErrors(r);
      // Only this provider was started.
      expect(r.data!.providers.map((p) => p.provider)).toEqual([E]);
      info = r.data!.providers[0]!;
    });
    afterEach(() => sim().resetKnobs());
    afterAll(() => app.close());

    it('pages forwards with no gaps or duplicates, and the same set at any page size', async () => {
      const walk = async (size: number) => {
        const ids: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 500; i++) {
          const p = await page(`first: ${size}${after ? `, after: ${JSON.stringify(after)}` : ''}`);
          ids.push(...p.edges.map((e) => e.node.id));
          if (!p.pageInfo.hasNextPage) return ids;
          expect(p.edges.length).toBe(size);
          after = p.pageInfo.endCursor;
        }
        throw new Error('no last page after 500 pages');
      };
      const large = await walk(100);
      expect(new Set(large).size).toBe(large.length);
      // A page size that does not divide the list, and about 30 pages whatever the list's length.
      const size = Math.max(3, Math.ceil(large.length / 30)) | 1;
      expect(large.length).toBeGreaterThan(size);
      const small = await walk(size);
      expect(small).toEqual(large);
    });

    it('pages backwards where it claims BACKWARD_PAGING, else rejects `last` with a typed error', async () => {
      if (!info.capabilities.includes('BACKWARD_PAGING')) {
        const r = await app.gql(`{ users(provider: ${E}, last: 2) { edges { node { id } } } }`);
        expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.message).toMatch(/forward-only/);
        return;
      }
      const forward: string[] = [];
      let after: string | null = null;
      for (;;) {
        const p = await page(`first: 100${after ? `, after: ${JSON.stringify(after)}` : ''}`);
        forward.push(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasNextPage) break;
        after = p.pageInfo.endCursor;
      }
      const backward: string[] = [];
      let before: string | null = null;
      const size = Math.max(3, Math.ceil(forward.length / 30)) | 1;
      for (let i = 0; i < 500; i++) {
        const p = await page(`last: ${size}${before ? `, before: ${JSON.stringify(before)}` : ''}`);
        backward.unshift(...p.edges.map((e) => e.node.id));
        if (!p.pageInfo.hasPreviousPage) break;
        before = p.pageInfo.startCursor;
      }
      expect(backward).toEqual(forward);
    });

    it('round-trips a global id through node() and user(id:)', async () => {
      const first = (await page('first: 1')).edges[0]!.node;
      const r = await app.gql<{ node: { id: string; providerId: string } | null; user: { id: string } | null }>(
        `query($id: ID!, $pid: String!) { node(id: $id) { id ... on User { providerId } } user(provider: ${E}, id: $pid) { id } }`,
        { id: first.id, pid: first.providerId },
      );
      noErrors(r);
      expect(r.data!.node).toEqual({ id: first.id, providerId: first.providerId });
      expect(r.data!.user).toEqual({ id: first.id });
    });

    it('answers null for an unknown id (user(id:) and node())', async () => {
      const first = (await page('first: 1')).edges[0]!.node;
      const unknownGlobal = first.id.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
      const r = await app.gql(`query($pid: String!) { user(provider: ${E}, id: $pid) { id } }`, { pid: 'no-such-user-0000' });
      expect(r.data).toEqual({ user: null });
      for (const e of r.errors ?? []) expect(e.extensions?.code).toBe('NOT_FOUND');
      const n = await app.gql<{ node: { id: string } | null }>('query($id: ID!) { node(id: $id) { id } }', { id: unknownGlobal });
      expect(n.data?.node ?? null).toBeNull();
    });

    it('rejects a filter it cannot honour with a typed error naming it', async () => {
      const unsupported = Object.keys(FILTER_VALUES).find((f) => !info.userFilters.includes(f));
      // Every provider honours fewer than all filters (checked here so this test cannot pass vacuously).
      expect(unsupported).toBeDefined();
      const r = await app.gql(`{ users(provider: ${E}, first: 1, filter: { ${unsupported}: ${FILTER_VALUES[unsupported!]} }) { edges { node { id } } } }`);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|UNSUPPORTED_OPERATION)$/);
      expect(r.errors?.[0]?.message).toContain(unsupported!);
    });

    it('reports wire drift (a body off the documented schema) as UPSTREAM_ERROR naming the provider', async () => {
      const drift = definition.test.contract.driftBody;
      sim().inject(
        drift === undefined ? { route: usersRoute, kind: 'mismatch', times: 1 } : { route: usersRoute, kind: 'status', status: 200, json: drift, times: 1 },
      );
      const r = await app.gql(`{ users(provider: ${E}, first: 2) { edges { node { id } } } }`);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: E });
      expect(r.errors?.[0]?.message).toMatch(/does not match its documented schema/);
    });

    it('reports a malformed body (not JSON) as UPSTREAM_ERROR naming the provider', async () => {
      sim().inject({ route: usersRoute, kind: 'malformed', times: 1 });
      const r = await app.gql(`{ users(provider: ${E}, first: 2) { edges { node { id } } } }`);
      expect(r.status).toBeLessThan(500);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'UPSTREAM_ERROR', provider: E });
      expect(r.errors?.[0]?.message).toMatch(/not JSON/);
    });

    it('refreshes its credentials once on a 401 and the call succeeds', async () => {
      await page('first: 1');
      sim().inject({ route: usersRoute, kind: 'status', status: 401, times: 1 });
      sim().resetCounts();
      await page('first: 2');
      expect(sim().count(usersRoute)).toBe(2);
      if (definition.test.faults.tokenRoute) expect(sim().count(definition.test.faults.tokenRoute)).toBe(1);
    });

    it('waits out a 429 with a short Retry-After and retries', async () => {
      sim().inject({ route: usersRoute, kind: 'status', status: 429, headers: { 'retry-after': '0' }, times: 1 });
      sim().resetCounts();
      await page('first: 2');
      expect(sim().count(usersRoute)).toBe(2);
    });

    it('every read capability it claims works', async () => {
      const first = (await page('first: 1')).edges[0]!.node;
      const email = (await app.gql<{ node: { email: string | null } }>('query($id: ID!) { node(id: $id) { ... on User { email } } }', { id: first.id })).data!
        .node.email;
      const queries: Record<string, string> = {
        LIST_USERS: `{ users(provider: ${E}, first: 1) { edges { node { id } } } }`,
        GET_USER: `{ user(provider: ${E}, id: ${JSON.stringify(first.providerId)}) { id } }`,
        FIND_USERS_BY_EMAIL: `{ user(provider: ${E}, email: ${JSON.stringify(email)}) { id } }`,
        CURRENT_USER: `{ currentUser(provider: ${E}) { id } }`,
        LIST_INVITATIONS: `{ invitations(provider: ${E}, first: 1) { edges { node { id } } } }`,
        LIST_ROLES: `{ roles(provider: ${E}, first: 1) { edges { node { id } } } }`,
        LIST_TENANTS: `{ tenants(provider: ${E}, first: 1) { edges { node { id } } } }`,
        BACKWARD_PAGING: `{ users(provider: ${E}, last: 1) { edges { node { id } } } }`,
      };
      const claimed = info.capabilities.filter((c) => c in queries);
      expect(claimed).toContain('LIST_USERS');
      for (const capability of claimed) {
        const r = await app.gql(queries[capability]!);
        expect(r.errors, `${capability}: ${JSON.stringify(r.errors)}`).toBeUndefined();
      }
      if (info.capabilities.includes('FIND_USERS_BY_EMAIL')) {
        const r = await app.gql<{ user: { id: string } | null }>(queries.FIND_USERS_BY_EMAIL!);
        expect(r.data!.user?.id).toBe(first.id);
      }
    });

    it('its non-idempotent write works when nothing fails', async () => {
      const s = await definition.test.faults.scenario(app);
      if (!s.mutation) {
        expect(definition.test.faults.writes).toBe(false);
        return;
      }
      const r = await app.gql<Record<string, { __typename: string }>>(s.mutation.query, s.mutation.variables);
      noErrors(r);
      expect(['Invitation', 'User']).toContain(r.data![s.mutation.field]!.__typename);
    });

    it('every write capability it claims is offered (never UNSUPPORTED_OPERATION), and every other one is refused as UNSUPPORTED_OPERATION', async () => {
      const users = (await page('first: 50')).edges.map((e) => e.node);
      const tenants = await app.gql<{ tenants: { edges: { node: { id: string } }[] } }>(`{ tenants(provider: ${E}, first: 1) { edges { node { id } } } }`);
      // Where the provider has none, well-formed global ids of this provider (an unclaimed operation is refused before any read).
      const tenantId = tenants.data?.tenants.edges[0]?.node.id ?? encodeId('Tenant', `${id}:no-tenant`);
      const noInvitation = encodeId('Invitation', `${id}:no-invitation`);
      const invitations = info.capabilities.includes('LIST_INVITATIONS')
        ? await app.gql<{ invitations: { edges: { node: { id: string } }[] } }>(`{ invitations(provider: ${E}, first: 3) { edges { node { id } } } }`)
        : null;
      const invitationIds = invitations?.data?.invitations.edges.map((e) => e.node.id) ?? [];
      const email = () => `contract-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;
      const result = '{ __typename ... on Error { code message } }';
      const writes: Record<string, [string, Record<string, unknown>]> = {
        CREATE_USER: [
          `mutation($email: String!) { r: createUser(input: { provider: ${E}, email: $email, firstName: "Contract", lastName: "Suite" }) ${result} }`,
          { email: email() },
        ],
        UPDATE_USER: [`mutation($id: ID!) { r: updateUser(input: { id: $id, firstName: "Contract" }) ${result} }`, { id: users[0]!.id }],
        ADD_USER_TO_TENANT: [
          `mutation($u: ID!, $t: ID!) { r: addUserToTenant(input: { userId: $u, tenantId: $t }) ${result} }`,
          { u: users[1]!.id, t: tenantId },
        ],
        CREATE_INVITATION: [`mutation($email: String!) { r: createInvitation(input: { provider: ${E}, email: $email }) ${result} }`, { email: email() }],
        RESEND_INVITATION: [`mutation($id: ID!) { r: resendInvitation(input: { id: $id }) ${result} }`, { id: invitationIds[0] ?? noInvitation }],
        SET_INVITATION_STATUS: [
          `mutation($id: ID!) { r: setInvitationStatus(input: { id: $id, status: REVOKED }) ${result} }`,
          { id: invitationIds[1] ?? noInvitation },
        ],
        DELETE_INVITATION: [`mutation($id: ID!) { r: deleteInvitation(input: { id: $id }) ${result} }`, { id: invitationIds[2] ?? noInvitation }],
        DELETE_USER: [`mutation($id: ID!) { r: deleteUser(input: { id: $id }) ${result} }`, { id: users[users.length - 1]!.id }],
      };
      const outcomes: Record<string, string> = {};
      for (const [capability, [query, variables]] of Object.entries(writes)) {
        const r = await app.gql<{ r: { __typename: string; code?: string } | null }>(query, variables);
        expect(r.status, capability).toBeLessThan(500);
        const code = r.data?.r?.code ?? (r.errors?.[0]?.extensions?.code as string | undefined) ?? 'OK';
        outcomes[capability] = info.capabilities.includes(capability)
          ? code === 'UNSUPPORTED_OPERATION'
            ? 'claimed but unsupported'
            : 'ok'
          : code === 'UNSUPPORTED_OPERATION'
            ? 'ok'
            : `not claimed but answered ${code}`;
      }
      expect(outcomes).toEqual(Object.fromEntries(Object.keys(writes).map((c) => [c, 'ok'])));
    });
  });
}
