/**
 * The caller of one request and what it may do. Scopes imply their weaker forms: `<area>:write`
 * implies `<area>:read`, and `admin` implies every scope.
 */
import { IdgraphError } from '../domain/errors.js';

export const SCOPES = {
  'users:read': 'Read users (users, user, currentUser, person, and User objects anywhere).',
  'invitations:read': 'Read invitations.',
  'roles:read': 'Read roles.',
  'tenants:read': 'Read tenants.',
  'users:write': 'Create, update, disable, delete users and add them to tenants (implies users:read).',
  'invitations:write': 'Create, delete, resend invitations and set their status (implies invitations:read).',
  'schema:read': 'Read the subgraph SDL (`_service { sdl }`), for composition tools.',
  'metrics:read': 'Scrape /metrics on the API port (when METRICS_PORT is not set).',
  'audit:read': 'Read the audit trail of mutations (auditEvents).',
  admin: 'Everything, including deprovisioning a person in every provider.',
} as const;

export type Scope = keyof typeof SCOPES;

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}

export interface Viewer {
  kind: 'anonymous' | 'api-key' | 'jwt';
  /** The API key's name or the token's `sub`; null when anonymous. */
  subject: string | null;
  scopes: ReadonlySet<string>;
}

export function hasScope(viewer: Viewer, scope: string): boolean {
  if (viewer.scopes.has(scope) || viewer.scopes.has('admin')) return true;
  return scope.endsWith(':read') && viewer.scopes.has(`${scope.slice(0, -':read'.length)}:write`);
}

/** The caller when no caller authentication is configured (sandbox, or the explicit live switch). */
export const UNAUTHENTICATED_FULL_ACCESS: Viewer = { kind: 'anonymous', subject: null, scopes: new Set(['admin']) };

/** No valid credential. Answered with HTTP 401 and extensions.code UNAUTHENTICATED. */
export class AuthenticationError extends IdgraphError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message: string) {
    super(message);
    this.name = 'AuthenticationError';
  }
  override extensions() {
    return { http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } };
  }
}

/**
 * The caller's bearer JWT could not be checked because the issuer's key set (JWKS) is unreachable:
 * not the caller's fault. Answered with HTTP 503, extensions.code AUTH_UNAVAILABLE and Retry-After.
 */
export class KeySetUnavailableError extends Error {
  readonly code = 'AUTH_UNAVAILABLE' as const;
  constructor(readonly retryAfterSeconds: number) {
    super("The bearer token cannot be verified now: the issuer's key set (JWKS) is unreachable; retry later");
    this.name = 'KeySetUnavailableError';
  }
}

/** A valid caller without the scope an operation needs. Nothing was sent upstream. */
export class AuthorizationError extends IdgraphError {
  readonly code = 'FORBIDDEN' as const;
  constructor(readonly required: string[]) {
    super(`This operation needs the scope ${required.join(' and ')}`);
    this.name = 'AuthorizationError';
  }
  override extensions() {
    return { requiredScopes: this.required };
  }
}
