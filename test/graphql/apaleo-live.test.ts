import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApaleoSandbox } from '../../src/providers/apaleo/sandbox.js';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { graphql } from '../gql/index.js';

// Live mode is the same code pointed at a configured base URL with real credentials: here the
// simulator plays the real Apaleo, started on its own with credentials of its own.
let upstream: ApaleoSandbox;
let app: TestApp;

beforeAll(async () => {
  upstream = new ApaleoSandbox({ clientId: 'live-client', clientSecret: 'live-secret' });
  const baseUrl = await upstream.start();
  app = await createTestApp({
    APALEO_BASE_URL: baseUrl,
    APALEO_CLIENT_ID: 'live-client',
    APALEO_CLIENT_SECRET: 'live-secret',
    AUTHRESS_ENABLED: 'false',
    LOGTO_ENABLED: 'false',
    LUMAPPS_ENABLED: 'false',
    IDGRAPH_ALLOW_UNAUTHENTICATED: 'true',
  });
});
afterAll(async () => {
  await app.close();
  await upstream.stop();
});

describe('Apaleo in live mode', () => {
  it('talks to the configured base URL with the configured credentials', async () => {
    const res = await app.gql(graphql(`query ApaleoLiveProviders { providers { provider mode baseUrl } users(provider: APALEO, first: 2) { totalCount } }`));
    expect(res.errors).toBeUndefined();
    expect(res.data!.providers).toEqual([{ provider: 'APALEO', mode: 'LIVE', baseUrl: upstream.server.baseUrl }]);
    expect(res.data!.users.totalCount).toBe(upstream.users.length);
    expect(upstream.tokensIssued).toBe(1);
    expect(app.runtime.sandboxes.apaleo).toBeUndefined();
  });
});
