/** Apaleo lists answered 204 without a body read as empty (issue 11 item 16), on every list route. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createApaleoProvider } from '../../../src/providers/apaleo/adapter.js';

let server: Server;
let provider: ReturnType<typeof createApaleoProvider>;
const calls: string[] = [];

beforeAll(async () => {
  // A stand-in Apaleo whose every list answers 204, as the swagger allows for an empty users page.
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    calls.push(path);
    if (path === '/connect/token') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ access_token: 't', expires_in: 3600, token_type: 'Bearer' }));
      return;
    }
    res.writeHead(204);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  provider = createApaleoProvider({
    mode: 'live',
    baseUrl: `http://127.0.0.1:${port}`,
    credentials: { clientId: 'c', clientSecret: 's' },
    http: { maxAttempts: 1 },
  });
});
afterAll(async () => {
  await provider.close?.();
  await new Promise((resolve) => server.close(resolve));
});

it('reads 204 on roles, invitations and users as empty lists', async () => {
  expect(await provider.listRoles({ first: 5 })).toMatchObject({ edges: [], totalCount: 0, hasNextPage: false });
  expect(await provider.listInvitations!({}, { first: 5 })).toMatchObject({ edges: [], totalCount: 0 });
  expect(await provider.listUsers({}, { first: 5 })).toMatchObject({ edges: [], totalCount: 0 });
  expect(await provider.listTenants({ first: 5 })).toMatchObject({ edges: [], totalCount: 0 });
  expect(calls).toEqual(expect.arrayContaining(['/api/v1/roles', '/api/v1/account/invitations', '/api/v1/users']));
});
