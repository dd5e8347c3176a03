/** Apaleo Identity v1 as an idgraph provider: the one definition the registry lists. */
import { z } from 'zod';
import { bothOf, defineProvider, envVar, seeded, type ProviderDefinition } from '../define.js';
import type { ApaleoSandbox } from './sandbox.js';
import { createApaleoProvider } from './adapter.js';
import { apaleoGraphql } from './graphql.js';
export type { ApaleoInvitationDetails, ApaleoPropertyRoles, ApaleoUserDetails } from './types.js';

export interface ApaleoLiveConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
}

export const apaleo: ProviderDefinition<'apaleo', ApaleoLiveConfig, ApaleoSandbox> = defineProvider({
  id: 'apaleo',
  name: 'Apaleo',
  description: 'Apaleo Identity v1 (account users, properties as tenants, invitations).',
  notes: {
    UserSort: true,
    'UserFilter.email': true,
    'UserFilter.status': true,
    'UserFilter.propertyIds': 'Users with access to any of these Apaleo properties: global ids (Tenant.id) or Apaleo’s own property ids.',
    'UserFilter.sort': true,
    'UpdateUserInput.isAccountAdmin': 'Apaleo: make the user an account admin (needs the admin scope), or not.',
    'UpdateUserInput.propertyIds':
      'Apaleo: the full list of properties the user may access (replaces the current list); global ids (Tenant.id) or Apaleo’s own property ids.',
    'InvitationFilter.propertyId': 'Invitations to this Apaleo property: its global id (Tenant.id) or Apaleo’s own property id.',
    'Invitation.providerId': 'Apaleo: the invitee’s email.',
    'CreateInvitationInput.tenantIds': 'Apaleo: properties.',
    'CreateInvitationInput.isAccountAdmin': 'Apaleo: invite as account admin (needs the admin scope; tenants and roles are then ignored by Apaleo).',
    Tenant: 'an Apaleo property',
    'Tenant.providerId': 'Apaleo: the property id.',
    'Tenant.name': true,
    'Role.providerId': 'Apaleo: the role name, such as FrontDesk.',
  },
  env: {
    APALEO_BASE_URL: z.url().default('https://identity.apaleo.com'),
    APALEO_CLIENT_ID: envVar.optionalText,
    APALEO_CLIENT_SECRET: envVar.optionalText,
    APALEO_SCOPE: envVar.optionalText,
  },
  credentials: (e) => ({ APALEO_CLIENT_ID: e.APALEO_CLIENT_ID as string | undefined, APALEO_CLIENT_SECRET: e.APALEO_CLIENT_SECRET as string | undefined }),
  parseLive(e, ctx) {
    const pair = bothOf(e, ['APALEO_CLIENT_ID', 'APALEO_CLIENT_SECRET'], 'Apaleo credential', ctx);
    if (!pair) return null;
    const [clientId, clientSecret] = pair;
    return { baseUrl: e.APALEO_BASE_URL as string, clientId, clientSecret, scope: e.APALEO_SCOPE as string | undefined };
  },
  // "About 1 request/s on average, bursts of 10/s" (older page) or 100/s (newer): 10/s, burst 10 (README, "Rate limits").
  // Subject ids, property codes, role names, and invitation ids that are email addresses (RFC 5322 atext, `.` and `@`).
  idAlphabet: /^[A-Za-z0-9.@_+\-!#$%&'*=?^`{|}~]{1,254}$/,
  rateLimit: { ratePerSecond: 10, burst: 10 },
  // Role names.
  catalogTtlMs: 300_000,
  createAdapter: (config, { http, catalogs }) =>
    createApaleoProvider({
      mode: config.mode,
      baseUrl: config.baseUrl,
      credentials: { clientId: config.clientId, clientSecret: config.clientSecret, ...(config.scope !== undefined ? { scope: config.scope } : {}) },
      http,
      catalogs,
    }),
  async createSandbox({ latencyMs }) {
    const { ApaleoSandbox } = await import('./sandbox.js');
    const sandbox = new ApaleoSandbox();
    sandbox.server.latencyMs = latencyMs;
    const baseUrl = await sandbox.start();
    return {
      instance: sandbox,
      server: sandbox.server,
      config: { baseUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret, scope: undefined },
      stop: () => sandbox.stop(),
    };
  },
  graphql: apaleoGraphql,
  test: {
    async liveUpstream() {
      const { ApaleoSandbox } = await import('./sandbox.js');
      const sim = new ApaleoSandbox({ clientId: 'live-apaleo-client', clientSecret: 'live-apaleo-secret' });
      const url = await sim.start();
      return { instance: sim, env: { APALEO_BASE_URL: url, APALEO_CLIENT_ID: sim.clientId, APALEO_CLIENT_SECRET: sim.clientSecret }, stop: () => sim.stop() };
    },
    contract: { usersRoute: 'users.list' },
    faults: {
      tokenRoute: 'token',
      writes: true,
      async scenario(app) {
        const users = await app.gql<{ users: { edges: { node: { id: string; providerId: string } }[] } }>(
          '{ users(provider: APALEO, first: 1) { edges { node { id providerId } } } }',
        );
        const user = seeded(users.data?.users.edges[0]?.node, 'users');
        const roles = await app.gql<{ roles: { edges: { node: { id: string } }[] } }>('{ roles(provider: APALEO, first: 1) { edges { node { id } } } }');
        return {
          hit: `hit: user(provider: APALEO, id: ${JSON.stringify(user.providerId)}) { id email }`,
          hitRoute: 'users.get',
          ok: `ok: node(id: ${JSON.stringify(seeded(roles.data?.roles.edges[0]?.node, 'roles').id)}) { id }`,
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
  },
});
