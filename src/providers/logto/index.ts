/** Logto as an idgraph provider: the one definition the registry lists. */
import { z } from 'zod';
import { bothOf, defineProvider, envVar, seeded, type ProviderDefinition } from '../define.js';
import type { LogtoSandbox } from './sandbox.js';
import { createLogtoProvider } from './adapter.js';
import { logtoGraphql } from './graphql.js';
export type { LogtoUserDetails } from './types.js';

export interface LogtoLiveConfig {
  baseUrl: string;
  appId: string;
  appSecret: string;
  resource: string;
}

export const logto: ProviderDefinition<'logto', LogtoLiveConfig, LogtoSandbox> = defineProvider({
  id: 'logto',
  name: 'Logto',
  description: 'Logto (organizations as tenants, organization roles and invitations).',
  notes: {
    'UserDeletion.deletedInvitations':
      'Logto deletes every invitation the user sent (pending ones included, so their invitees can no longer accept) or accepted.',
    'InvitationFilter.organizationId': 'Invitations to this Logto organization: its global id (Tenant.id) or Logto’s own id.',
    'Invitation.tenant': 'Logto: the only one.',
    'CreateInvitationInput.tenantIds': 'Logto: the organization (one).',
    'CreateInvitationInput.inviterId': 'Logto: the inviting user, by global id (User.id) or Logto’s own user id.',
    'CreateInvitationInput.expiresAt': 'Logto: when the invitation expires; must be in the future.',
    'CreateInvitationInput.sendEmail': 'Logto: send the invitation email (needs an email connector).',
    'CreateInvitationInput.messagePayload': 'Logto: template variables of the email, such as { "link": "..." }.',
    'Mutation.resendInvitation': true,
    'Mutation.setInvitationStatus': true,
    Tenant: 'a Logto organization',
  },
  env: {
    LOGTO_BASE_URL: z.url().optional(),
    LOGTO_APP_ID: envVar.optionalText,
    LOGTO_APP_SECRET: envVar.optionalText,
    LOGTO_RESOURCE: z.url().default('https://default.logto.app/api'),
  },
  credentials: (e) => ({ LOGTO_APP_ID: e.LOGTO_APP_ID as string | undefined, LOGTO_APP_SECRET: e.LOGTO_APP_SECRET as string | undefined }),
  parseLive(e, ctx) {
    const { problems } = ctx;
    const pair = bothOf(e, ['LOGTO_APP_ID', 'LOGTO_APP_SECRET'], 'Logto credential', ctx);
    if (!pair) return null;
    const [appId, appSecret] = pair;
    const baseUrl = e.LOGTO_BASE_URL as string | undefined;
    if (!baseUrl) {
      problems.push('LOGTO_BASE_URL: required with LOGTO_APP_ID and LOGTO_APP_SECRET (your Logto endpoint, e.g. https://{tenant}.logto.app)');
      return null;
    }
    return { baseUrl, appId, appSecret, resource: e.LOGTO_RESOURCE as string };
  },
  // No general Management API limiter (only per-recipient email limits): 20/s, burst 40 (README, "Rate limits").
  // Generated ids (`[0-9a-z]`, 12-21 chars) and built-in ids; letters, digits, `_` and `-`.
  idAlphabet: /^[A-Za-z0-9_-]{1,128}$/,
  rateLimit: { ratePerSecond: 20, burst: 40 },
  // Organizations and organization roles.
  catalogTtlMs: 60_000,
  createAdapter: (config, { http, catalogs }) =>
    createLogtoProvider({
      mode: config.mode,
      baseUrl: config.baseUrl,
      credentials: { appId: config.appId, appSecret: config.appSecret, resource: config.resource },
      http,
      catalogs,
    }),
  async createSandbox({ latencyMs }) {
    const { LogtoSandbox } = await import('./sandbox.js');
    const sandbox = new LogtoSandbox();
    sandbox.server.latencyMs = latencyMs;
    const baseUrl = await sandbox.start();
    return {
      instance: sandbox,
      server: sandbox.server,
      config: { baseUrl, appId: sandbox.appId, appSecret: sandbox.appSecret, resource: sandbox.resource },
      stop: () => sandbox.stop(),
    };
  },
  graphql: logtoGraphql,
  test: {
    async liveUpstream() {
      const { LogtoSandbox } = await import('./sandbox.js');
      const sim = new LogtoSandbox({ appId: 'live-logto-app', appSecret: 'live-logto-secret' });
      const url = await sim.start();
      return {
        instance: sim,
        env: { LOGTO_BASE_URL: url, LOGTO_APP_ID: sim.appId, LOGTO_APP_SECRET: sim.appSecret, LOGTO_RESOURCE: sim.resource },
        stop: () => sim.stop(),
      };
    },
    contract: { usersRoute: 'users.list' },
    faults: {
      tokenRoute: 'token',
      writes: true,
      async scenario(app) {
        const users = await app.gql<{ users: { edges: { node: { providerId: string } }[] } }>(
          '{ users(provider: LOGTO, first: 1) { edges { node { providerId } } } }',
        );
        const tenants = await app.gql<{ tenants: { edges: { node: { id: string; providerId: string } }[] } }>(
          '{ tenants(provider: LOGTO, first: 1) { edges { node { id providerId } } } }',
        );
        const tenant = seeded(tenants.data?.tenants.edges[0]?.node, 'tenants');
        return {
          // Logto reads users by id through the advanced search of GET /api/users (one call for a batch).
          hit: `hit: user(provider: LOGTO, id: ${JSON.stringify(seeded(users.data?.users.edges[0]?.node, 'users').providerId)}) { id email }`,
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
  },
});
