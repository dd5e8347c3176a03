import type { ProviderId } from './types.js';

/**
 * The error family every layer shares. GraphQL turns these into typed mutation results (errors
 * plugin) or into errors with `extensions.code`; messages never carry secrets or raw upstream bodies.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'UPSTREAM_BUDGET_EXCEEDED'
  | 'UNSUPPORTED_OPERATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'EMAIL_CONNECTOR_MISSING';

export abstract class IdgraphError extends Error {
  abstract readonly code: ErrorCode;
  /** Extra facts for `extensions` (never secrets). */
  extensions(): Record<string, unknown> {
    return {};
  }
}

/** The caller sent something idgraph or the provider cannot accept. Names the field. */
export class InputError extends IdgraphError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(
    readonly field: string,
    readonly reason: string,
    readonly provider: ProviderId | null = null,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'InputError';
  }
  override extensions() {
    return { field: this.field, ...(this.provider ? { provider: this.provider } : {}) };
  }
}

export class NotFoundError extends IdgraphError {
  readonly code = 'NOT_FOUND' as const;
  constructor(
    readonly provider: ProviderId,
    readonly kind: string,
    readonly id: string,
    /** The input field that named the missing object, when a mutation's input did. */
    readonly field: string | null = null,
  ) {
    super(`${field ? `${field}: ` : ''}${kind} ${JSON.stringify(id)} was not found in ${provider}`);
    this.name = 'NotFoundError';
  }
  override extensions() {
    return { provider: this.provider, kind: this.kind, ...(this.field ? { field: this.field } : {}) };
  }
}

export class UnsupportedOperationError extends IdgraphError {
  readonly code = 'UNSUPPORTED_OPERATION' as const;
  constructor(
    readonly provider: ProviderId,
    readonly operation: string,
    detail?: string,
  ) {
    super(`${provider} does not support ${operation}${detail ? `: ${detail}` : ''}`);
    this.name = 'UnsupportedOperationError';
  }
  override extensions() {
    return { provider: this.provider, operation: this.operation };
  }
}

/** The provider refused the operation to idgraph's credentials (HTTP 403). Nothing was changed. */
export class ForbiddenError extends IdgraphError {
  readonly code = 'FORBIDDEN' as const;
  constructor(
    readonly provider: ProviderId,
    readonly operation: string,
    readonly providerMessage: string | null = null,
  ) {
    super(`${provider} does not allow ${operation} to idgraph's credentials${providerMessage ? `: ${providerMessage}` : ''}`);
    this.name = 'ForbiddenError';
  }
  override extensions() {
    return { provider: this.provider, operation: this.operation };
  }
}

export type ProviderErrorCode = Extract<
  ErrorCode,
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UPSTREAM_ERROR'
  | 'UPSTREAM_TIMEOUT'
  | 'UPSTREAM_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'FORBIDDEN'
  // The request used its budget of upstream calls (UPSTREAM_CALL_BUDGET); nothing more was sent.
  | 'UPSTREAM_BUDGET_EXCEEDED'
>;

export interface ProviderErrorInit {
  provider: ProviderId;
  operation: string;
  code: ProviderErrorCode;
  message: string;
  status?: number | null;
  providerCode?: string | null;
  providerMessage?: string | null;
  retryable?: boolean;
  /** A write whose request was sent but whose answer never came: it may or may not have happened. */
  outcomeUnknown?: boolean;
  retryAfterSeconds?: number | null;
  cause?: unknown;
}

/** Anything that went wrong talking to a provider: status, transport, token, or a body off its schema. */
export class ProviderError extends IdgraphError {
  readonly code: ProviderErrorCode;
  readonly provider: ProviderId;
  readonly operation: string;
  readonly status: number | null;
  readonly providerCode: string | null;
  readonly providerMessage: string | null;
  readonly retryable: boolean;
  readonly outcomeUnknown: boolean;
  readonly retryAfterSeconds: number | null;

  constructor(init: ProviderErrorInit) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ProviderError';
    this.code = init.code;
    this.provider = init.provider;
    this.operation = init.operation;
    this.status = init.status ?? null;
    this.providerCode = init.providerCode ?? null;
    this.providerMessage = init.providerMessage ?? null;
    this.retryable = init.retryable ?? false;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }

  override extensions() {
    return {
      provider: this.provider,
      operation: this.operation,
      status: this.status,
      providerCode: this.providerCode,
      retryable: this.retryable,
      ...(this.outcomeUnknown ? { outcomeUnknown: true } : {}),
      ...(this.retryAfterSeconds != null ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
    };
  }
}

/** The code clients see for an upstream HTTP status (unchanged by the error classes below). */
export function codeForStatus(status: number): ProviderErrorCode {
  if (status === 400 || status === 409 || status === 415 || status === 422) return 'BAD_USER_INPUT';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 504) return 'UPSTREAM_TIMEOUT';
  return 'UPSTREAM_ERROR';
}

export type UpstreamStatusInit = Omit<ProviderErrorInit, 'code' | 'status'> & { status: number };

/**
 * A provider answered a non-2xx status. The HTTP core generates one subclass per status family for
 * every provider alike (`UpstreamStatusError.generate`, as openai-node's `APIError.generate`), so
 * adapters test a class (`instanceof UpstreamNotFound`) instead of a number. `code` and `extensions`
 * are those of ProviderError: clients see the same `UpstreamError` as before.
 */
export class UpstreamStatusError extends ProviderError {
  declare readonly status: number;
  constructor(init: UpstreamStatusInit) {
    super({ ...init, code: codeForStatus(init.status) });
  }

  static generate(init: UpstreamStatusInit): UpstreamStatusError {
    const s = init.status;
    if (s === 400) return new UpstreamBadRequest(init);
    if (s === 401) return new UpstreamUnauthorized(init);
    if (s === 403) return new UpstreamForbidden(init);
    if (s === 404) return new UpstreamNotFound(init);
    if (s === 409) return new UpstreamConflict(init);
    if (s === 422) return new UpstreamUnprocessable(init);
    if (s === 429) return new UpstreamRateLimited(init);
    if (s >= 500) return new UpstreamServerError(init);
    return new UpstreamStatusError(init);
  }
}
/** 400: the provider rejected the request as malformed. */
export class UpstreamBadRequest extends UpstreamStatusError {}
/** 401 (after the one token refresh): idgraph's credentials were refused. */
export class UpstreamUnauthorized extends UpstreamStatusError {}
/** 403: the provider does not allow the operation to idgraph's credentials. */
export class UpstreamForbidden extends UpstreamStatusError {}
/** 404: no such object (or route). */
export class UpstreamNotFound extends UpstreamStatusError {}
/** 409: the change conflicts with the provider's state. */
export class UpstreamConflict extends UpstreamStatusError {}
/** 422: the provider understood the request but refused its values. */
export class UpstreamUnprocessable extends UpstreamStatusError {}
/** 429 (after the retries the core allows): slow down, see retryAfterSeconds. */
export class UpstreamRateLimited extends UpstreamStatusError {}
/** 5xx (after the retries the core allows). */
export class UpstreamServerError extends UpstreamStatusError {}

/** The provider was asked to send an email but has no email connector configured (a provider's 501, see its statusExceptions). Nothing was sent. */
export class EmailConnectorMissingError extends IdgraphError {
  readonly code = 'EMAIL_CONNECTOR_MISSING' as const;
  constructor(
    readonly provider: ProviderId,
    readonly operation: string,
  ) {
    super(
      `${provider} has no email connector configured, so ${operation} cannot send the invitation email; configure one in ${provider} or create the invitation without sending email`,
    );
    this.name = 'EmailConnectorMissingError';
  }
  override extensions() {
    return { provider: this.provider, operation: this.operation };
  }
}

/**
 * A write that succeeded upstream but whose read-back failed: the change was made, what it looks like
 * now is not known. Reported as `outcomeUnknown: true, retryable: false` (never a plain failure, so a
 * client does not repeat a write that already happened).
 */
export function readBackFailed(provider: ProviderId, operation: string, done: string, error: unknown): ProviderError {
  const cause = error instanceof ProviderError ? error : null;
  return new ProviderError({
    provider,
    operation,
    code: cause?.code === 'UPSTREAM_TIMEOUT' || cause?.code === 'UPSTREAM_UNAVAILABLE' ? cause.code : 'UPSTREAM_ERROR',
    status: cause?.status ?? null,
    message: `${done}, but reading the result back from ${provider} failed${cause ? ` (${cause.code})` : ''}; do not repeat it, read it again later`,
    retryable: false,
    outcomeUnknown: true,
    cause: error,
  });
}
