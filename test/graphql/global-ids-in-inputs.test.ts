/**
 * Issue 12 item 6: inputs that name a User, Tenant, Role or Invitation take global ids; where the
 * provider is known from the input, the provider's own ids too. `user(provider:, id:)` with a global
 * id answers the user or BAD_USER_INPUT, never null.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

const first = async (list: string, provider: string) =>
  (
    await app.gql<Record<string, { edges: { node: { id: string; providerId: string } }[] }>>(
      `{ ${list}(provider: ${provider}, first: 1) { edges { node { id providerId } } } }`,
    )
  ).data![list]!.edges[0]!.node;

const INVITE = graphql(`mutation GlobalIdsInInputsCreateInvitation($input: CreateInvitationInput!) { createInvitation(input: $input) {
  __typename ... on Invitation { provider tenant { providerId } roles { providerId } } ... on ValidationError { field } } }`);

describe('user(provider:, id:)', () => {
  it('takes the global id as well as the provider’s own id', async () => {
    const user = await first('users', 'APALEO');
    for (const id of [user.id, user.providerId]) {
      const res = await app.gql(graphql(`query GlobalIdsInInputsUser($id: String) { user(provider: APALEO, id: $id) { id } }`), { id });
      expect(res.errors).toBeUndefined();
      expect(res.data!.user).toEqual({ id: user.id });
    }
  });

  it('refuses a global id of another provider or type as BAD_USER_INPUT', async () => {
    const logtoUser = await first('users', 'LOGTO');
    const tenant = await first('tenants', 'APALEO');
    for (const id of [logtoUser.id, tenant.id]) {
      const res = await app.gql(graphql(`query GlobalIdsInInputsUser2($id: String) { user(provider: APALEO, id: $id) { id } }`), { id });
      expect(res.data?.user ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    }
  });
});

describe('createInvitation', () => {
  it('takes tenant and role ids as global ids or as the provider’s own ids', async () => {
    const tenant = await first('tenants', 'LOGTO');
    const role = await first('roles', 'LOGTO');
    const byGlobal = await app.gql(INVITE, { input: { provider: 'LOGTO', email: 'global.ids@example.com', tenantIds: [tenant.id], roleIds: [role.id] } });
    expect(byGlobal.data!.createInvitation).toEqual({
      __typename: 'Invitation',
      provider: 'LOGTO',
      tenant: { providerId: tenant.providerId },
      roles: [{ providerId: role.providerId }],
    });
    const byOwn = await app.gql(INVITE, {
      input: { provider: 'LOGTO', email: 'own.ids@example.com', tenantIds: [tenant.providerId], roleIds: [role.providerId] },
    });
    expect(byOwn.data!.createInvitation).toMatchObject({ __typename: 'Invitation', tenant: { providerId: tenant.providerId } });
  });

  it('answers a ValidationError naming the field for a global id of another provider or type', async () => {
    const apaleoTenant = await first('tenants', 'APALEO');
    const logtoTenant = await first('tenants', 'LOGTO');
    const wrongProvider = await app.gql(INVITE, { input: { provider: 'LOGTO', email: 'x1@example.com', tenantIds: [apaleoTenant.id] } });
    expect(wrongProvider.data!.createInvitation).toEqual({ __typename: 'ValidationError', field: 'input.tenantIds.0' });
    const wrongType = await app.gql(INVITE, { input: { provider: 'LOGTO', email: 'x2@example.com', tenantIds: [logtoTenant.id], roleIds: [logtoTenant.id] } });
    expect(wrongType.data!.createInvitation).toEqual({ __typename: 'ValidationError', field: 'input.roleIds.0' });
  });
});

describe('filters', () => {
  it('take tenant ids as global ids', async () => {
    const org = await first('tenants', 'LOGTO');
    const own = await app.gql(
      graphql(`query GlobalIdsInInputsInvitations($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }`),
      { o: org.providerId },
    );
    const global = await app.gql(
      graphql(`query GlobalIdsInInputsInvitations2($o: String) { invitations(provider: LOGTO, filter: { organizationId: $o }) { edges { node { id } } } }`),
      { o: org.id },
    );
    expect(global.errors).toBeUndefined();
    expect(global.data!.invitations.edges).toEqual(own.data!.invitations.edges);

    const property = await first('tenants', 'APALEO');
    const users = await app.gql(
      graphql(`query GlobalIdsInInputsUsers($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }`),
      { p: [property.id] },
    );
    const usersOwn = await app.gql(
      graphql(`query GlobalIdsInInputsUsers2($p: [String!]) { users(provider: APALEO, first: 5, filter: { propertyIds: $p }) { totalCount } }`),
      { p: [property.providerId] },
    );
    expect(users.errors).toBeUndefined();
    expect(users.data!.users.totalCount).toBe(usersOwn.data!.users.totalCount);
  });
});
