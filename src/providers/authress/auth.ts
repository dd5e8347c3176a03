/**
 * Authress service-client authentication: there is no token endpoint. The access key
 * `{clientId}.{keyId}.{accountId}.{privateKeyBase64}` (an Ed25519 PKCS#8 key) signs its own JWT, the
 * way the Authress SDKs' ServiceClientTokenProvider does (AU-JS serviceClientTokenProvider.js):
 * header `{ alg: EdDSA, kid: keyId, typ: at+jwt }`, 24 h lifetime, reused until less than 1 h is left.
 */
import { importPKCS8, SignJWT } from 'jose';
import { TokenCache } from '../../http/token-cache.js';

export interface AuthressAccessKey {
  clientId: string;
  keyId: string;
  accountId: string;
  /** Base64 PKCS#8 DER of the Ed25519 private key. Never logged. */
  privateKeyBase64: string;
}

export const TOKEN_LIFETIME_SECONDS = 86_400;
/** The SDK refreshes once less than an hour of the token's life is left. */
const TOKEN_REFRESH_MARGIN_SECONDS = 3_600;

/** Parses an access key; the message names what is wrong but never echoes the key. */
export function parseAccessKey(accessKey: string): AuthressAccessKey {
  const key = accessKey.trim();
  if (key.startsWith('eyJ')) throw new Error('is a JSON (legacy RS256) key; only Ed25519 service-client access keys are supported');
  const parts = key.split('.');
  if (parts.length !== 4 || parts.some((p) => p === '')) {
    throw new Error('must have the form {clientId}.{keyId}.{accountId}.{privateKey}');
  }
  const [clientId, keyId, accountId, privateKeyBase64] = parts as [string, string, string, string];
  if (!/^[A-Za-z0-9+/=_-]+$/.test(privateKeyBase64)) throw new Error('has a private key that is not base64');
  return { clientId, keyId, accountId, privateKeyBase64 };
}

export function formatAccessKey(key: AuthressAccessKey): string {
  return `${key.clientId}.${key.keyId}.${key.accountId}.${key.privateKeyBase64}`;
}

/** `iss` origin: the configured API URL, unless it is under authress.io (then the account host). */
export function issuerOrigin(baseUrl: string, accountId: string): string {
  const url = new URL(baseUrl);
  if (url.hostname === 'authress.io' || url.hostname.endsWith('.authress.io')) return `https://${accountId}.api.authress.io`;
  return url.origin;
}

function issuerFor(baseUrl: string, key: AuthressAccessKey): string {
  return `${issuerOrigin(baseUrl, key.accountId)}/v1/clients/${encodeURIComponent(key.clientId)}`;
}

export function audienceFor(accountId: string): string {
  return `${accountId}.accounts.authress.io`;
}

function pem(base64: string): string {
  const body = base64.replace(/[-_]/g, (c) => (c === '-' ? '+' : '/')).replace(/\s+/g, '');
  return `-----BEGIN PRIVATE KEY-----\n${body.match(/.{1,64}/g)?.join('\n') ?? body}\n-----END PRIVATE KEY-----`;
}

/** Signs one service-client JWT valid from `nowSeconds`. */
export async function signServiceClientToken(baseUrl: string, key: AuthressAccessKey, nowSeconds = Math.floor(Date.now() / 1000)): Promise<string> {
  const privateKey = await importPKCS8(pem(key.privateKeyBase64), 'EdDSA');
  return new SignJWT({ client_id: key.clientId, scope: 'openid' })
    .setProtectedHeader({ alg: 'EdDSA', kid: key.keyId, typ: 'at+jwt' })
    .setAudience(audienceFor(key.accountId))
    .setIssuer(issuerFor(baseUrl, key))
    .setSubject(key.clientId)
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + TOKEN_LIFETIME_SECONDS)
    .sign(privateKey);
}

/** The cached token source: one signature per ~23 h, shared by concurrent callers. */
export function authressTokenSource(baseUrl: string, key: AuthressAccessKey): TokenCache {
  return new TokenCache(async () => ({ token: await signServiceClientToken(baseUrl, key), expiresInSeconds: TOKEN_LIFETIME_SECONDS }), {
    marginSeconds: TOKEN_REFRESH_MARGIN_SECONDS,
  });
}
