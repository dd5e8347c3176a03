/**
 * Machine-to-machine client credentials against Logto's OIDC token endpoint: `POST /oidc/token`,
 * HTTP Basic client authentication, form body with the Management API indicator as `resource` and
 * `scope=all` (docs.logto.io, "Interact with Management API").
 */
import { ProviderError } from '../../domain/errors.js';
import type { HttpClient } from '../../http/http-client.js';
import { TokenCache, type IssuedToken } from '../../http/token-cache.js';
import { TokenResponse } from './wire.js';

export const DEFAULT_LOGTO_RESOURCE = 'https://default.logto.app/api';

export interface LogtoCredentials {
  appId: string;
  appSecret: string;
  /** The Management API indicator: https://default.logto.app/api (OSS), https://{tenant}.logto.app/api (Cloud). */
  resource?: string | undefined;
}

/**
 * A wrong `LOGTO_RESOURCE` is answered 400 `oidc.invalid_target`: a configuration problem of its own,
 * not a wrong client id or secret, so it gets its own message.
 */
class LogtoTokenCache extends TokenCache {
  constructor(
    fetchToken: () => Promise<IssuedToken>,
    private readonly resource: string,
  ) {
    super(fetchToken);
  }

  override async get(): Promise<string> {
    try {
      return await super.get();
    } catch (error) {
      if (error instanceof ProviderError && error.providerCode === 'oidc.invalid_target') {
        throw new ProviderError({
          provider: error.provider,
          operation: error.operation,
          code: 'UPSTREAM_ERROR',
          status: error.status,
          providerCode: error.providerCode,
          providerMessage: error.providerMessage,
          message: `logto does not know the resource indicator ${JSON.stringify(this.resource)} (oidc.invalid_target); set LOGTO_RESOURCE to the Management API indicator: ${DEFAULT_LOGTO_RESOURCE} for a self-hosted Logto, https://{tenant}.logto.app/api for Logto Cloud`,
          cause: error,
        });
      }
      throw error;
    }
  }
}

export function logtoTokenSource(http: HttpClient, credentials: LogtoCredentials): TokenCache {
  const resource = credentials.resource ?? DEFAULT_LOGTO_RESOURCE;
  const basic = Buffer.from(`${encodeURIComponent(credentials.appId)}:${encodeURIComponent(credentials.appSecret)}`).toString('base64');
  return new LogtoTokenCache(async () => {
    const { data } = await http.request({
      operation: 'token',
      method: 'POST',
      path: '/oidc/token',
      headers: { authorization: `Basic ${basic}` },
      form: { grant_type: 'client_credentials', resource, scope: 'all' },
      // Asking for a token twice is harmless: retry it like a read.
      idempotent: true,
      schema: TokenResponse,
    });
    return { token: data.access_token, expiresInSeconds: data.expires_in };
  }, resource);
}
