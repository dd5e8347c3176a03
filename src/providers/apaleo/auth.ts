/** OAuth2 client credentials against Apaleo's token endpoint (POST /connect/token, form body). */
import type { HttpClient } from '../../http/http-client.js';
import { TokenCache } from '../../http/token-cache.js';
import { TokenResponse } from './wire.js';

export interface ApaleoCredentials {
  clientId: string;
  clientSecret: string;
  scope?: string | undefined;
}

export function apaleoTokenSource(http: HttpClient, credentials: ApaleoCredentials): TokenCache {
  return new TokenCache(async () => {
    const form: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: credentials.clientId,
      client_secret: credentials.clientSecret,
    };
    if (credentials.scope) form.scope = credentials.scope;
    const { data } = await http.request({
      operation: 'token',
      method: 'POST',
      path: '/connect/token',
      form,
      // Asking for a token twice is harmless: retry it like a read.
      idempotent: true,
      schema: TokenResponse,
    });
    return { token: data.access_token, expiresInSeconds: data.expires_in };
  });
}
