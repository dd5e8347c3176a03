/**
 * The HTTP gate, in front of everything yoga does with a request:
 * - CORS: headers only for an Origin on the configured list (or any origin with `*`, sandbox only);
 *   never `null`, credentials only when configured; preflights are answered here.
 * - Authentication before the body is read: a request without a valid credential gets 401 (or 503
 *   when the JWKS is unreachable) from the onRequest hook, so nothing is parsed or validated for it.
 * - Logging: refused callers and client errors (bad input, unknown ids, missing scopes) are logged at
 *   debug and counted; only server-side failures reach ERR.
 */
import { GraphQLError } from 'graphql';
import { createLogger, type Plugin, type YogaLogger } from 'graphql-yoga';
import { IdgraphError } from '../domain/errors.js';
import { setResponseHeader } from '../http/response-headers.js';
import type { Authenticator } from './authenticator.js';
import { AuthenticationError, AuthorizationError, KeySetUnavailableError, type Viewer } from './viewer.js';

export interface GateStats {
  /** Requests refused at the gate (401 and 503), since start. */
  refusedCallers: number;
  /** Client errors (bad input, missing scopes, unknown ids, validation) logged at debug, since start. */
  clientErrors: number;
}

export function useCors(origins: string[] | '*', credentials: boolean): Plugin {
  const list = origins === '*' ? null : new Set(origins.map((o) => o.toLowerCase()));
  const allowed = (origin: string | null): origin is string =>
    origin !== null && origin !== '' && origin.toLowerCase() !== 'null' && (list === null || list.has(origin.toLowerCase()));
  const allowHeaders = (origin: string): Record<string, string> => ({
    'access-control-allow-origin': list === null ? '*' : origin,
    ...(credentials && list !== null ? { 'access-control-allow-credentials': 'true' } : {}),
  });
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'OPTIONS') return;
      const origin = request.headers.get('origin');
      const headers: Record<string, string> = list === null ? {} : { vary: 'Origin' };
      if (allowed(origin) && request.headers.get('access-control-request-method')) {
        Object.assign(headers, allowHeaders(origin), {
          'access-control-allow-methods': 'GET, POST, OPTIONS',
          'access-control-max-age': '600',
        });
        const requested = request.headers.get('access-control-request-headers');
        if (requested) headers['access-control-allow-headers'] = requested;
      }
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response, serverContext }) {
      if (request.method === 'OPTIONS') return;
      if (list !== null) setResponseHeader(response, serverContext, 'vary', 'Origin', 'append');
      const origin = request.headers.get('origin');
      if (!allowed(origin)) return;
      for (const [name, value] of Object.entries(allowHeaders(origin))) setResponseHeader(response, serverContext, name, value);
    },
  };
}

/** The caller, authenticated once per request in onRequest; the context reads it from here. */
export interface AuthenticateFirst {
  plugin: Plugin;
  viewerOf(request: Request): Promise<Viewer>;
  /** The caller already authenticated for this request, if any (the request log). */
  known(request: Request): Viewer | undefined;
}

export function useAuthenticateFirst(auth: Authenticator, logger: YogaLogger, stats: GateStats): AuthenticateFirst {
  const viewers = new WeakMap<Request, Viewer>();
  return {
    plugin: {
      async onRequest({ request, endResponse, fetchAPI }) {
        if (!auth.required || request.method === 'OPTIONS') return;
        try {
          viewers.set(request, await auth.authenticate(request.headers));
        } catch (error) {
          const refusal = refusalOf(error);
          if (!refusal) throw error;
          stats.refusedCallers += 1;
          logger.debug(`caller refused: ${refusal.status} ${refusal.code}: ${refusal.message} (${stats.refusedCallers} refused since start)`);
          endResponse(
            new fetchAPI.Response(JSON.stringify({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] }), {
              status: refusal.status,
              headers: { 'content-type': 'application/json; charset=utf-8', ...refusal.headers },
            }),
          );
        }
      },
    },
    known: (request) => viewers.get(request),
    async viewerOf(request) {
      const known = viewers.get(request);
      if (known) return known;
      try {
        return await auth.authenticate(request.headers);
      } catch (error) {
        const refusal = refusalOf(error);
        if (!refusal) throw error;
        throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: refusal.status, headers: refusal.headers } } });
      }
    },
  };
}

function refusalOf(error: unknown): { status: number; code: string; message: string; headers: Record<string, string> } | null {
  if (error instanceof AuthenticationError) return { status: 401, code: error.code, message: error.message, headers: { 'www-authenticate': 'Bearer' } };
  if (error instanceof KeySetUnavailableError) {
    return { status: 503, code: error.code, message: error.message, headers: { 'retry-after': String(error.retryAfterSeconds) } };
  }
  return null;
}

/** Codes of errors the caller caused; they are answered, not logged as server failures. */
const CLIENT_CODES = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'UNSUPPORTED_OPERATION', 'UNAUTHENTICATED']);

/** The code of a client error (anywhere in the error's chain), or null for a server-side failure. */
function clientErrorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof AuthorizationError || current instanceof AuthenticationError) return current.code;
    if (current instanceof IdgraphError) return CLIENT_CODES.has(current.code) ? current.code : null;
    const next = (current as { originalError?: unknown }).originalError;
    // A GraphQL syntax, validation or coercion error with nothing behind it.
    if (current instanceof Error && current.name === 'GraphQLError' && !next) {
      const code = (current as GraphQLError).extensions?.code;
      return typeof code === 'string' ? code : 'GRAPHQL_VALIDATION_FAILED';
    }
    current = next ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

/**
 * yoga's logger, except that what yoga logs at ERR because it is a client error (yoga logs every
 * error it masks, with its stack) goes to debug as one line, and is counted.
 */
export function gateLogger(level: 'debug' | 'info' | 'warn' | 'error' | 'silent', stats: GateStats, base: YogaLogger = createLogger(level)): YogaLogger {
  return {
    debug: (...args) => base.debug(...args),
    info: (...args) => base.info(...args),
    warn: (...args) => base.warn(...args),
    error(...args) {
      const code = args.length === 1 ? clientErrorCode(args[0]) : null;
      if (code === null) return base.error(...args);
      stats.clientErrors += 1;
      base.debug(`client error ${code}: ${(args[0] as Error).message} (${stats.clientErrors} since start)`);
    },
  };
}
