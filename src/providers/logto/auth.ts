/**
 * Machine-to-machine client credentials against Logto's OIDC token endpoint: `POST /oidc/token`,
 * HTTP Basic client authentication, form body with the Management API indicator as `resource` and
 * `scope=all` (docs.logto.io, "Interact with Management API").
 */
import type { HttpClient } from '../../http/http-client.js';
import { TokenCache } from '../../http/token-cache.js';
import { TokenResponse } from './wire.js';

export const DEFAULT_LOGTO_RESOURCE = 'https://default.logto.app/api';

export interface LogtoCredentials {
  appId: string;
  appSecret: string;
  /** The Management API indicator: https://default.logto.app/api (OSS), https://{tenant}.logto.app/api (Cloud). */
  resource?: string | undefined;
}

export function logtoTokenSource(http: HttpClient, credentials: LogtoCredentials): TokenCache {
  const basic = Buffer.from(`${encodeURIComponent(credentials.appId)}:${encodeURIComponent(credentials.appSecret)}`).toString('base64');
  return new TokenCache(async () => {
    const { data } = await http.request({
      operation: 'token',
      method: 'POST',
      path: '/oidc/token',
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials', resource: credentials.resource ?? DEFAULT_LOGTO_RESOURCE, scope: 'all' },
      // Asking for a token twice is harmless: retry it like a read.
      idempotent: true,
      schema: TokenResponse,
    });
    return { token: data!.access_token, expiresInSeconds: data!.expires_in };
  });
}
