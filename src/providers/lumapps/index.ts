/** LumApps as an idgraph provider: the one definition the registry lists. */
import { z } from 'zod';
import { defineProvider, envVar, seeded, type ProviderDefinition } from '../define.js';
import type { LumappsSandbox } from './sandbox.js';
import { createLumappsProvider } from './adapter.js';
import { lumappsGraphql } from './graphql.js';
export type { LumappsUserDetails } from './types.js';

export type LumappsLiveConfig = { baseUrl: string } & (
  | { auth: 'application'; customerId: string; clientId: string; clientSecret: string; userEmail: string }
  | { auth: 'static'; token: string }
);

export const lumapps: ProviderDefinition<'lumapps', LumappsLiveConfig, LumappsSandbox> = defineProvider({
  id: 'lumapps',
  name: 'LumApps',
  description: 'LumApps (users of one customer platform).',
  notes: {
    'UserFilter.search': true,
    'UserFilter.status': true,
    'UserFilter.accountTypes': 'LumApps account types: google, microsoft, okta, external.',
    'UserFilter.groupIds': 'Members of any of these LumApps groups (feeds).',
    'UserFilter.includeHidden': 'Include hidden LumApps users.',
    'UserFilter.registeredWithinDays': 'LumApps users registered within this many days.',
    'UpdateUserInput.isHidden': 'LumApps: hide the user from directories.',
    'CreateUserInput.password': 'LumApps: 8 to 128 characters with a letter and a digit.',
    'CreateUserInput.accountType': 'LumApps: the account type; only external (the default) can be created.',
  },
  env: {
    LUMAPPS_BASE_URL: z.url().default('https://go-cell-001.api.lumapps.com'),
    LUMAPPS_CUSTOMER_ID: envVar.optionalText,
    LUMAPPS_CLIENT_ID: envVar.optionalText,
    LUMAPPS_CLIENT_SECRET: envVar.optionalText,
    LUMAPPS_USER_EMAIL: envVar.optionalText,
    LUMAPPS_TOKEN: envVar.optionalText,
  },
  credentials: (e) => ({
    LUMAPPS_TOKEN: e.LUMAPPS_TOKEN as string | undefined,
    LUMAPPS_CUSTOMER_ID: e.LUMAPPS_CUSTOMER_ID as string | undefined,
    LUMAPPS_CLIENT_ID: e.LUMAPPS_CLIENT_ID as string | undefined,
    LUMAPPS_CLIENT_SECRET: e.LUMAPPS_CLIENT_SECRET as string | undefined,
    LUMAPPS_USER_EMAIL: e.LUMAPPS_USER_EMAIL as string | undefined,
  }),
  parseLive(e, { problems }) {
    const baseUrl = e.LUMAPPS_BASE_URL as string;
    const app = {
      LUMAPPS_CUSTOMER_ID: e.LUMAPPS_CUSTOMER_ID as string | undefined,
      LUMAPPS_CLIENT_ID: e.LUMAPPS_CLIENT_ID as string | undefined,
      LUMAPPS_CLIENT_SECRET: e.LUMAPPS_CLIENT_SECRET as string | undefined,
      LUMAPPS_USER_EMAIL: e.LUMAPPS_USER_EMAIL as string | undefined,
    };
    const token = e.LUMAPPS_TOKEN as string | undefined;
    const set = Object.entries(app).filter(([, v]) => v);
    if (token) {
      if (set.length > 0) {
        problems.push(`LUMAPPS_TOKEN: cannot be combined with ${set.map(([k]) => k).join(', ')}; use a static token or an application`);
        return null;
      }
      return { baseUrl, auth: 'static', token };
    }
    const { LUMAPPS_CUSTOMER_ID: customerId, LUMAPPS_CLIENT_ID: clientId, LUMAPPS_CLIENT_SECRET: clientSecret, LUMAPPS_USER_EMAIL: userEmail } = app;
    if (!customerId || !clientId || !clientSecret || !userEmail) {
      for (const [name, value] of Object.entries(app)) {
        if (!value) problems.push(`${name}: required when another LumApps application credential is set (or set LUMAPPS_TOKEN alone)`);
      }
      return null;
    }
    if (!z.email().safeParse(userEmail).success) {
      problems.push('LUMAPPS_USER_EMAIL: must be an email address');
      return null;
    }
    return { baseUrl, auth: 'application', customerId, clientId, clientSecret, userEmail };
  },
  // Not documented: 10/s, burst 20 (README, "Rate limits").
  // Numeric or alphanumeric uids and emails.
  idAlphabet: /^[A-Za-z0-9.@_+\-]{1,254}$/,
  rateLimit: { ratePerSecond: 10, burst: 20 },
  createAdapter: (config, { http }) =>
    createLumappsProvider({
      mode: config.mode,
      baseUrl: config.baseUrl,
      credentials:
        config.auth === 'static'
          ? { kind: 'static', token: config.token }
          : { kind: 'application', customerId: config.customerId, clientId: config.clientId, clientSecret: config.clientSecret, userEmail: config.userEmail },
      http,
    }),
  async createSandbox({ latencyMs }) {
    const { LumappsSandbox, LUMAPPS_SANDBOX } = await import('./sandbox.js');
    const sandbox = new LumappsSandbox();
    sandbox.server.latencyMs = latencyMs;
    const baseUrl = await sandbox.start();
    return {
      instance: sandbox,
      server: sandbox.server,
      config: {
        baseUrl,
        auth: 'application',
        customerId: sandbox.customerId,
        clientId: sandbox.clientId,
        clientSecret: sandbox.clientSecret,
        userEmail: LUMAPPS_SANDBOX.userEmail,
      },
      stop: () => sandbox.stop(),
    };
  },
  graphql: lumappsGraphql,
  test: {
    async liveUpstream() {
      const { LumappsSandbox, LUMAPPS_SANDBOX } = await import('./sandbox.js');
      const sim = new LumappsSandbox({ clientId: 'live-lumapps-client', clientSecret: 'live-lumapps-secret' });
      const url = await sim.start();
      return {
        instance: sim,
        env: {
          LUMAPPS_BASE_URL: url,
          LUMAPPS_CUSTOMER_ID: sim.customerId,
          LUMAPPS_CLIENT_ID: sim.clientId,
          LUMAPPS_CLIENT_SECRET: sim.clientSecret,
          LUMAPPS_USER_EMAIL: LUMAPPS_SANDBOX.userEmail,
        },
        stop: () => sim.stop(),
      };
    },
    // `{ unexpected: true }` reads as an empty page (LumApps omits `items` when there are none): drift needs a wrong type.
    contract: { usersRoute: 'user.list', driftBody: { items: 'not-a-list', more: 'no' } },
    faults: {
      tokenRoute: 'token',
      writes: true,
      async scenario(app) {
        const users = await app.gql<{ users: { edges: { node: { id: string } }[] } }>('{ users(provider: LUMAPPS, first: 2) { edges { node { id } } } }');
        const ids = seeded(users.data, 'users').users.edges.map((e) => e.node.id);
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
  },
});
