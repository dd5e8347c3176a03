import { describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import type { IdentityProvider } from '../src/domain/provider.js';

const NO_PAGE = { items: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };

function brokenProvider(): IdentityProvider {
  return {
    id: 'apaleo',
    mode: 'live',
    baseUrl: 'https://identity.example.test',
    capabilities: ['LIST_USERS', 'LIST_ROLES'],
    userFilters: [],
    invitationFilters: [],
    listUsers: async () => NO_PAGE as never,
    getUsers: async (ids) => ids.map(() => null),
    listRoles: async () => {
      throw new Error('boom: client_secret=hunter2 at https://identity.example.test/connect/token');
    },
    getRoles: async (ids) => ids.map(() => null),
    listTenants: async () => NO_PAGE as never,
    getTenants: async (ids) => ids.map(() => null),
    close: async () => {},
  };
}

describe('error masking (live mode)', () => {
  it('an unexpected error is masked: no message, no stack, no secret, and a code', async () => {
    const yoga = createApp({ providers: { apaleo: brokenProvider() }, graphiql: false, logLevel: 'silent' });
    const response = await yoga.fetch('http://idgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ roles(provider: APALEO) { totalCount } providers { provider } }' }),
    });
    const text = await response.text();
    expect(response.status).toBeLessThan(500);
    expect(text).not.toMatch(/hunter2|boom|stack|\.ts:\d+/);
    const body = JSON.parse(text);
    expect(body.errors).toEqual([expect.objectContaining({ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } })]);
  });
});
