/**
 * Caller authentication: a bearer JWT verified against the configured issuer, audience and JWKS URL
 * (jose; keys cached, and fetched again when a token names an unknown key, i.e. on rotation), or an
 * API key from the configuration (stored as a SHA-256 hash, compared in constant time). API keys come
 * as `Authorization: Bearer <key>` or `X-API-Key: <key>`.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  decodeJwt,
  decodeProtectedHeader,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import { AuthenticationError, KeySetUnavailableError, UNAUTHENTICATED_FULL_ACCESS, type Viewer } from './viewer.js';

export interface ApiKeyConfig {
  name: string;
  /** SHA-256 of the key, hex. */
  sha256: string;
  scopes: string[];
}

export interface AuthConfig {
  jwt: {
    issuer: string;
    audience: string;
    jwksUrl: string;
    /** Minimum time between JWKS fetches after a successful one (a token naming an unknown key waits for it). */
    cooldownMs: number;
    /** After a failed JWKS fetch, no other fetch for this long: tokens needing the key set get 503 at once. */
    retryMs: number;
    /** Tokens issued (`iat`) longer ago than this are refused, whatever their `exp`. */
    maxAgeS: number;
  } | null;
  apiKeys: ApiKeyConfig[];
  /** True when a credential is required (auth configured); false runs without caller authentication. */
  required: boolean;
}

export interface Authenticator {
  readonly required: boolean;
  authenticate(headers: Headers): Promise<Viewer>;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Scopes from `scope` (space-separated), `scp` (array or string) and `permissions` (array). */
function scopesOf(payload: JWTPayload): Set<string> {
  const scopes = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') for (const s of value.split(/\s+/)) if (s) scopes.add(s);
    if (Array.isArray(value)) for (const s of value) if (typeof s === 'string' && s) scopes.add(s);
  };
  add(payload.scope);
  add(payload.scp);
  add(payload.permissions);
  return scopes;
}

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

/**
 * The JWKS behind a failure cool-down: jose caches a good key set and waits `cooldownMs` between
 * fetches after a success, but fetches again on every token after a failure. Here a failure (network
 * error, timeout, non-200, malformed set) closes the key set for `retryMs`: tokens whose key is in the
 * last good set still verify; others get KeySetUnavailableError (503) without a fetch.
 */
function keySet(jwt: NonNullable<AuthConfig['jwt']>): JWTVerifyGetKey {
  const remote = createRemoteJWKSet(new URL(jwt.jwksUrl), { cooldownDuration: jwt.cooldownMs, timeoutDuration: 5_000 });
  let failedAt = Number.NEGATIVE_INFINITY;
  const unavailable = () => new KeySetUnavailableError(Math.max(1, Math.ceil((failedAt + jwt.retryMs - Date.now()) / 1000)));
  return async (header, token) => {
    if (Date.now() - failedAt < jwt.retryMs) {
      const cached = remote.jwks();
      if (!cached) throw unavailable();
      try {
        return await createLocalJWKSet(cached)(header, token);
      } catch (error) {
        if (error instanceof joseErrors.JWKSNoMatchingKey) throw unavailable();
        throw error;
      }
    }
    try {
      return await remote(header, token);
    } catch (error) {
      // A token problem (no or several matching keys, an unusable key): the key set itself is fine.
      if (
        error instanceof joseErrors.JOSEError &&
        error.code !== 'ERR_JOSE_GENERIC' &&
        !(error instanceof joseErrors.JWKSTimeout) &&
        !(error instanceof joseErrors.JWKSInvalid)
      ) {
        throw error;
      }
      failedAt = Date.now();
      throw unavailable();
    }
  };
}

/** Asymmetric signatures only: `none` and HMAC (alg confusion) are refused before any key is looked up. */
const VERIFY_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA', 'Ed25519'];
const CLOCK_TOLERANCE_S = 5;

/**
 * The checks a token fails whatever its signature, made on the unverified token before the key set
 * is consulted: a forged or stale token never causes a JWKS fetch, and is a 401 even while the JWKS
 * is down. jwtVerify makes the same checks again on the verified claims.
 */
function precheck(token: string, jwt: NonNullable<AuthConfig['jwt']>): void {
  let alg: unknown;
  let payload: JWTPayload;
  try {
    alg = decodeProtectedHeader(token).alg;
    payload = decodeJwt(token);
  } catch {
    throw new AuthenticationError('The bearer token is not valid');
  }
  if (typeof alg !== 'string' || !VERIFY_ALGORITHMS.includes(alg)) throw new AuthenticationError('The bearer token is not valid');
  const now = Date.now() / 1000;
  for (const claim of ['iss', 'aud', 'exp', 'iat'] as const) {
    if (payload[claim] === undefined) throw new AuthenticationError(`The bearer token has no ${claim} claim (required)`);
  }
  const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (payload.iss !== jwt.issuer) throw new AuthenticationError("The bearer token's iss claim is not accepted");
  if (!audiences.includes(jwt.audience)) throw new AuthenticationError("The bearer token's aud claim is not accepted");
  if (typeof payload.exp !== 'number' || typeof payload.iat !== 'number') throw new AuthenticationError('The bearer token is not valid');
  if (payload.exp <= now - CLOCK_TOLERANCE_S) throw new AuthenticationError('The bearer token has expired');
  if (now - payload.iat - CLOCK_TOLERANCE_S > jwt.maxAgeS) throw new AuthenticationError(`The bearer token was issued more than ${jwt.maxAgeS} s ago`);
}

export function createAuthenticator(config: AuthConfig): Authenticator {
  const keys = config.apiKeys.map((k) => ({ ...k, digest: Buffer.from(k.sha256, 'hex'), scopes: new Set(k.scopes) }));
  const jwks = config.jwt ? keySet(config.jwt) : null;

  function byApiKey(presented: string): Viewer | null {
    const digest = createHash('sha256').update(presented, 'utf8').digest();
    let found: (typeof keys)[number] | null = null;
    // Compare against every key, in constant time each, so timing tells nothing about which matched.
    for (const key of keys) if (key.digest.length === digest.length && timingSafeEqual(key.digest, digest) && !found) found = key;
    return found && { kind: 'api-key', subject: found.name, scopes: found.scopes };
  }

  async function byJwt(token: string): Promise<Viewer> {
    if (!jwks || !config.jwt) throw new AuthenticationError('Bearer tokens are not accepted here; use an API key');
    precheck(token, config.jwt);
    try {
      const { payload } = await jwtVerify(token, jwks, {
        algorithms: VERIFY_ALGORITHMS,
        issuer: config.jwt.issuer,
        audience: config.jwt.audience,
        clockTolerance: CLOCK_TOLERANCE_S,
        // A token without an expiry would be valid forever; one issued too long ago is refused too.
        requiredClaims: ['exp'],
        maxTokenAge: config.jwt.maxAgeS,
      });
      return { kind: 'jwt', subject: payload.sub ?? null, scopes: scopesOf(payload) };
    } catch (error) {
      if (error instanceof KeySetUnavailableError) throw error;
      if (error instanceof joseErrors.JWTExpired) {
        throw new AuthenticationError(
          error.claim === 'iat' ? `The bearer token was issued more than ${config.jwt.maxAgeS} s ago` : 'The bearer token has expired',
        );
      }
      if (error instanceof joseErrors.JWTClaimValidationFailed) {
        throw new AuthenticationError(
          error.reason === 'missing' ? `The bearer token has no ${error.claim} claim (required)` : `The bearer token's ${error.claim} claim is not accepted`,
        );
      }
      throw new AuthenticationError('The bearer token is not valid');
    }
  }

  return {
    required: config.required,
    async authenticate(headers) {
      // No caller authentication configured (sandbox, or the explicit live switch): everyone is let in.
      if (!config.required) return UNAUTHENTICATED_FULL_ACCESS;
      const authorization = headers.get('authorization');
      const apiKey = headers.get('x-api-key');
      if (!authorization && !apiKey) {
        throw new AuthenticationError('Authentication required: send Authorization: Bearer <token or API key>, or X-API-Key: <key>');
      }
      if (apiKey) {
        const viewer = byApiKey(apiKey.trim());
        if (!viewer) throw new AuthenticationError('The API key is not valid');
        return viewer;
      }
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <token or API key>"');
      const credential = match[1]!;
      const viewer = byApiKey(credential);
      if (viewer) return viewer;
      if (JWT_SHAPE.test(credential) && jwks) return byJwt(credential);
      throw new AuthenticationError(jwks ? 'The bearer token is not valid' : 'The API key is not valid');
    },
  };
}
