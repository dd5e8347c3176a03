/**
 * A fifth provider defined only under test/: one definition, plugged in by one registry entry
 * (test/contract/registry.ts), to prove that a provider needs nothing outside its folder.
 */
import { z } from 'zod';
import { bothOf, defineProvider, envVar } from '../../../src/providers/define.js';
import { createFakeProvider } from './adapter.js';
import { FakeSandbox } from './sandbox.js';

export interface FakeLiveConfig {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

export const fake = defineProvider<'fake', FakeLiveConfig, FakeSandbox>({
  id: 'fake',
  name: 'Fake',
  description: 'A fake provider that exists only in the contract suite.',
  env: {
    FAKE_BASE_URL: z.url().default('https://fake.example.com'),
    FAKE_CLIENT_ID: envVar.optionalText,
    FAKE_CLIENT_SECRET: envVar.optionalText,
  },
  credentials: (e) => ({ FAKE_CLIENT_ID: e.FAKE_CLIENT_ID as string | undefined, FAKE_CLIENT_SECRET: e.FAKE_CLIENT_SECRET as string | undefined }),
  parseLive(e, ctx) {
    const pair = bothOf(e, ['FAKE_CLIENT_ID', 'FAKE_CLIENT_SECRET'], 'Fake credential', ctx);
    if (!pair) return null;
    const [clientId, clientSecret] = pair;
    return { baseUrl: e.FAKE_BASE_URL as string, clientId, clientSecret };
  },
  rateLimit: { ratePerSecond: 10, burst: 10 },
  createAdapter: (config, { http }) =>
    createFakeProvider({ mode: config.mode, baseUrl: config.baseUrl, clientId: config.clientId, clientSecret: config.clientSecret, http }),
  async createSandbox({ latencyMs }) {
    const sandbox = new FakeSandbox();
    sandbox.server.latencyMs = latencyMs;
    const baseUrl = await sandbox.start();
    return {
      instance: sandbox,
      server: sandbox.server,
      config: { baseUrl, clientId: sandbox.clientId, clientSecret: sandbox.clientSecret },
      stop: () => sandbox.stop(),
    };
  },
  test: {
    async liveUpstream() {
      const sim = new FakeSandbox();
      const url = await sim.start();
      return { instance: sim, env: { FAKE_BASE_URL: url, FAKE_CLIENT_ID: sim.clientId, FAKE_CLIENT_SECRET: sim.clientSecret }, stop: () => sim.stop() };
    },
    contract: { usersRoute: 'people.list' },
    faults: {
      tokenRoute: 'token',
      writes: false,
      async scenario(app) {
        const users = await app.gql<{ users: { edges: { node: { providerId: string } }[] } }>(
          '{ users(provider: FAKE, first: 1) { edges { node { providerId } } } }',
        );
        return {
          hit: `hit: user(provider: FAKE, id: ${JSON.stringify(users.data!.users.edges[0]!.node.providerId)}) { id email }`,
          hitRoute: 'people.get',
          ok: 'ok: users(provider: FAKE, first: 1) { totalCount }',
          okRoute: 'people.list',
          mutation: null,
        };
      },
    },
  },
});
