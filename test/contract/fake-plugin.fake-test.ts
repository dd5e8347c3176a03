/**
 * Runs only in the contract-fake project (registry = the real providers + test/contract/fake): what the
 * ONE registry entry of the fake provider gives it without any other edit: configuration, enum,
 * people seed, fault targets, and start-up of only the providers asked for.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { schema } from '../../src/graphql/public-schema.js';
import { PROVIDER_IDS } from '../../src/providers/known.js';
import { SHARED_PEOPLE } from '../../src/sandbox/people.js';
import { FAULT_TARGETS } from '../helpers/fault-targets.js';
import { createTestApp } from '../helpers/app.js';

/** The configuration seen with the fake's id as a key (the static ProviderId type knows only the real ones). */
const fakeOf = (config: ReturnType<typeof loadConfig>) => ({
  provider: (config.providers as Record<string, unknown>).fake,
  port: (config.sandboxPorts as Record<string, number | undefined>).fake,
  rateLimit: (config.shared.rateLimits as Record<string, unknown>).fake,
});

const problems = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('a fifth provider plugged in by one registry entry', () => {
  it('is a provider id, a Provider enum value with its description, and the last in every listing', () => {
    expect(PROVIDER_IDS).toEqual(['apaleo', 'authress', 'logto', 'lumapps', 'fake']);
    const values = (schema.getType('Provider') as unknown as { getValues(): { name: string; value: string; description: string }[] }).getValues();
    expect(values.find((v) => v.name === 'FAKE')).toMatchObject({ value: 'fake', description: 'A fake provider that exists only in the contract suite.' });
  });

  it('gets its configuration from its definition: mode, credentials, rate limit, sandbox port', () => {
    expect(fakeOf(loadConfig({ SANDBOX_PORT_BASE: '7000' }))).toEqual({ provider: { mode: 'sandbox' }, port: 7004, rateLimit: null });
    expect(fakeOf(loadConfig({ FAKE_MODE: 'off' })).provider).toEqual({ mode: 'off' });
    expect(problems({ FAKE_CLIENT_ID: 'id' })).toContain('FAKE_CLIENT_SECRET: required when the other Fake credential is set');
    const live = loadConfig({
      FAKE_CLIENT_ID: 'id',
      FAKE_CLIENT_SECRET: 'secret',
      APALEO_MODE: 'off',
      AUTHRESS_MODE: 'off',
      LOGTO_MODE: 'off',
      LUMAPPS_MODE: 'off',
      IDGRAPH_ALLOW_UNAUTHENTICATED: 'true',
    });
    expect(fakeOf(live)).toEqual({
      provider: { mode: 'live', baseUrl: 'https://fake.example.com', clientId: 'id', clientSecret: 'secret' },
      port: undefined,
      rateLimit: { ratePerSecond: 10, burst: 10 },
    });
    expect(problems({ FAKE_CLIENT_ID: 'id', FAKE_CLIENT_SECRET: 'secret' })).toContain(
      'APALEO: has no credentials while other providers are live; set its credentials, APALEO_MODE=off to leave it out, or APALEO_MODE=sandbox to serve its simulator',
    );
  });

  it('is in the sandbox people seed and has a fault-injection row', () => {
    expect(SHARED_PEOPLE.some((p) => p.in.includes('fake' as never))).toBe(true);
    expect(FAULT_TARGETS.map((t) => t.provider)).toContain('fake');
  });

  it('starts alone when a test asks for it, and answers through GraphQL', async () => {
    const app = await createTestApp({}, { providers: ['fake' as never] });
    try {
      expect(Object.keys(app.runtime.simulators)).toEqual(['fake']);
      const r = await app.gql<{ users: { totalCount: number; edges: { node: { provider: string; email: string } }[] } }>(
        '{ users(first: 2) { totalCount edges { node { provider email } } } }',
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.users.edges).toEqual([
        { node: { provider: 'FAKE', email: 'fake.user1@fake.example.com' } },
        { node: { provider: 'FAKE', email: 'fake.user2@fake.example.com' } },
      ]);
    } finally {
      await app.close();
    }
  });
});
