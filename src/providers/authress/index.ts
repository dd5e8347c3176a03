/** Authress as an idgraph provider: the one definition the registry lists. */
import { z } from 'zod';
import { bothOf, defineProvider, envVar, seeded, type ProviderDefinition } from '../define.js';
import type { AuthressSandbox } from './sandbox.js';
import { createAuthressProvider } from './adapter.js';
import { parseAccessKey, type AuthressAccessKey } from './auth.js';
import { authressGraphql } from './graphql.js';
export type { AuthressTenantDetails, AuthressUserDetails } from './types.js';

export interface AuthressLiveConfig {
  baseUrl: string;
  accessKey: AuthressAccessKey;
}

export const authress: ProviderDefinition<'authress', AuthressLiveConfig, AuthressSandbox> = defineProvider({
  id: 'authress',
  name: 'Authress',
  description: 'Authress (users and tenants).',
  notes: {
    'UserFilter.search': true,
    'UserFilter.tenantId': 'Users of this Authress tenant: its global id (Tenant.id) or Authress’s own id.',
    UserDeletion: true,
    'Mutation.deleteUser':
      'Authress also deletes all access granted to the user, asynchronously: the answer says the deletion is accepted and pending, not that it is done.',
    'Mutation.addUserToTenant': 'Authress: link tenant user; an Authress user belongs to one tenant at most, so this moves the user.',
    Tenant: 'an Authress tenant',
  },
  env: {
    AUTHRESS_BASE_URL: envVar.optionalText.pipe(z.url().optional()),
    AUTHRESS_ACCESS_KEY: envVar.optionalText,
  },
  credentials: (e) => ({ AUTHRESS_ACCESS_KEY: e.AUTHRESS_ACCESS_KEY as string | undefined, AUTHRESS_BASE_URL: e.AUTHRESS_BASE_URL as string | undefined }),
  parseLive(e, ctx) {
    const { problems } = ctx;
    const pair = bothOf(e, ['AUTHRESS_ACCESS_KEY', 'AUTHRESS_BASE_URL'], 'Authress setting', ctx);
    if (!pair) return null;
    const [accessKey, baseUrl] = pair;
    try {
      return { baseUrl, accessKey: parseAccessKey(accessKey) };
    } catch (error) {
      problems.push(`AUTHRESS_ACCESS_KEY: ${error instanceof Error ? error.message : 'is not a service-client access key'}`);
      return null;
    }
  },
  // GET /v1/users is "Tier 2", about 10/s on the stricter reading: 10/s, burst 10 (README, "Rate limits").
  // userId `^[a-zA-Z0-9-._|/~:@]+$`; the document's 64/128 maximum is not what real federated (SAML) ids
  // respect, and the OpenAPI answers allow longer: tolerate up to 1024.
  idAlphabet: /^[A-Za-z0-9\-._|/~:@]{1,1024}$/,
  rateLimit: { ratePerSecond: 10, burst: 10 },
  // Tenants and tenant membership.
  catalogTtlMs: 60_000,
  createAdapter: (config, { http, catalogs }) =>
    createAuthressProvider({ mode: config.mode, baseUrl: config.baseUrl, accessKey: config.accessKey, http, catalogs }),
  async createSandbox({ latencyMs }) {
    const { AuthressSandbox } = await import('./sandbox.js');
    const sandbox = new AuthressSandbox();
    sandbox.server.latencyMs = latencyMs;
    const baseUrl = await sandbox.start();
    return { instance: sandbox, server: sandbox.server, config: { baseUrl, accessKey: sandbox.accessKey }, stop: () => sandbox.stop() };
  },
  graphql: authressGraphql,
  test: {
    async liveUpstream() {
      const { AuthressSandbox } = await import('./sandbox.js');
      const sim = new AuthressSandbox();
      const url = await sim.start();
      return { instance: sim, env: { AUTHRESS_BASE_URL: url, AUTHRESS_ACCESS_KEY: sim.accessKeyString }, stop: () => sim.stop() };
    },
    contract: { usersRoute: 'users.list' },
    faults: {
      tokenRoute: null,
      writes: false,
      async scenario(app) {
        const users = await app.gql<{ users: { edges: { node: { providerId: string } }[] } }>(
          '{ users(provider: AUTHRESS, first: 1) { edges { node { providerId } } } }',
        );
        const tenants = await app.gql<{ tenants: { edges: { node: { id: string } }[] } }>(
          '{ tenants(provider: AUTHRESS, first: 1) { edges { node { id } } } }',
        );
        return {
          hit: `hit: user(provider: AUTHRESS, id: ${JSON.stringify(seeded(users.data?.users.edges[0]?.node, 'users').providerId)}) { id email }`,
          hitRoute: 'users.get',
          ok: `ok: node(id: ${JSON.stringify(seeded(tenants.data?.tenants.edges[0]?.node, 'tenants').id)}) { id }`,
          okRoute: 'tenants.get',
          // Every Authress write idgraph makes (DELETE user, PATCH tenant link) is idempotent.
          mutation: null,
        };
      },
    },
  },
});
