/** The fake provider behind the IdentityProvider port: undici through src/http's HttpClient, offset paging. */
import { z } from 'zod';
import { arrayPage, offsetPage } from '../../../src/domain/paging.js';
import type { Capability, IdentityProvider } from '../../../src/domain/provider.js';
import type { ProviderId, User } from '../../../src/domain/types.js';
import { ProviderError } from '../../../src/domain/errors.js';
import { HttpClient, type HttpClientOptions } from '../../../src/http/http-client.js';
import { TokenCache } from '../../../src/http/token-cache.js';

const WireUser = z.object({ uid: z.string(), mail: z.string(), given: z.string(), family: z.string(), active: z.boolean() });
const WirePage = z.object({ items: z.array(WireUser), total: z.number().int().nonnegative() });
const TokenResponse = z.object({ access_token: z.string(), expires_in: z.number() });

/** The id the fake provider is registered under (not one of the real ProviderIds, hence the cast). */
export const FAKE_ID = 'fake' as ProviderId;

export interface FakeAdapterOptions {
  mode: 'sandbox' | 'live';
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  http: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
}

function toUser(w: z.infer<typeof WireUser>): User {
  return {
    kind: 'User',
    provider: FAKE_ID,
    id: w.uid,
    email: w.mail,
    firstName: w.given,
    lastName: w.family,
    displayName: `${w.given} ${w.family}`,
    status: w.active ? 'ENABLED' : 'DISABLED',
    createdAt: null,
    roleIds: [],
    tenantIds: [],
  };
}

export function createFakeProvider(options: FakeAdapterOptions): IdentityProvider {
  const http = new HttpClient({
    ...options.http,
    provider: FAKE_ID,
    baseUrl: options.baseUrl,
    describeError: (_status, body) => {
      const fault = (body as { fault?: { message?: string } } | null)?.fault;
      return { message: fault?.message ?? null };
    },
  });
  const tokens = new TokenCache(async () => {
    const { data } = await http.request({
      operation: 'token',
      method: 'POST',
      path: '/oauth/token',
      form: { grant_type: 'client_credentials', client_id: options.clientId, client_secret: options.clientSecret },
      idempotent: true,
      schema: TokenResponse,
    });
    return { token: data!.access_token, expiresInSeconds: data!.expires_in };
  });
  http.bindTokens(tokens);
  const pageOptions = { provider: FAKE_ID, backward: true } as const;
  const fetchRange = async (start: number, end: number) => {
    const { data } = await http.request({
      operation: 'people.list',
      method: 'GET',
      path: '/v1/people',
      query: { offset: start, limit: end - start },
      schema: WirePage,
      auth: tokens,
    });
    return { items: data!.items.map(toUser), total: data!.total };
  };
  const capabilities: Capability[] = ['LIST_USERS', 'GET_USER', 'LIST_ROLES', 'LIST_TENANTS', 'BACKWARD_PAGING'];

  return {
    id: FAKE_ID,
    mode: options.mode,
    baseUrl: options.baseUrl,
    capabilities,
    userFilters: [],
    invitationFilters: [],
    listUsers: (filter, args) =>
      offsetPage(args, { provider: FAKE_ID, list: 'users', filter }, { fetchRange, fetchTotal: async () => (await fetchRange(0, 1)).total }, pageOptions),
    async getUsers(ids) {
      return Promise.all(
        ids.map(async (id) => {
          try {
            const { data } = await http.request({
              operation: 'people.get',
              method: 'GET',
              path: `/v1/people/${encodeURIComponent(id)}`,
              schema: WireUser,
              auth: tokens,
            });
            return toUser(data!);
          } catch (error) {
            if (error instanceof ProviderError && error.status === 404) return null;
            throw error;
          }
        }),
      );
    },
    listRoles: (args) => arrayPage(args, { provider: FAKE_ID, list: 'roles' }, async () => [], pageOptions),
    getRoles: async (ids) => ids.map(() => null),
    listTenants: (args) => arrayPage(args, { provider: FAKE_ID, list: 'tenants' }, async () => [], pageOptions),
    getTenants: async (ids) => ids.map(() => null),
    close: () => http.close(),
  };
}
