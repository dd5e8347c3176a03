/**
 * LumApps authentication [LU-SDK base_client.fetch_access_token]: an application token from
 * `POST /v2/organizations/{customerId}/application-token` (HTTP Basic client_id:client_secret, form
 * `grant_type=client_credentials&user_email=…`), acting on behalf of that user; or a static bearer
 * token. The HttpClient fetches a new token once on a 401.
 */
import type { HttpClient } from '../../http/http-client.js';
import { TokenCache, type TokenSource } from '../../http/token-cache.js';
import { TokenResponse } from './wire.js';

export type LumappsCredentials =
  | { kind: 'application'; customerId: string; clientId: string; clientSecret: string; userEmail: string }
  | { kind: 'static'; token: string };

export function lumappsTokenSource(http: HttpClient, credentials: LumappsCredentials): TokenSource {
  if (credentials.kind === 'static') {
    const token = credentials.token;
    // Nothing to refresh: a rejected static token stays rejected, and the 401 surfaces.
    return { get: async () => token, peek: () => token, invalidate: () => undefined };
  }
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  return new TokenCache(async () => {
    const { data } = await http.request({
      operation: 'token',
      method: 'POST',
      path: `/v2/organizations/${encodeURIComponent(credentials.customerId)}/application-token`,
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials', user_email: credentials.userEmail },
      // Asking for a token twice is harmless: retry it like a read.
      idempotent: true,
      schema: TokenResponse,
    });
    return { token: data.access_token, expiresInSeconds: data.expires_in };
  });
}
