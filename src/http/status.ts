/**
 * Reading an upstream status at a call site. The HTTP core has already turned every non-2xx status
 * into a typed UpstreamStatusError (src/domain/errors.ts), the same for every provider; these helpers
 * replace the `try { … } catch { if (status === 404) … }` blocks adapters used to carry:
 *
 * - `orNull(read)`: a 404 answers null (a by-id read of something that is not there);
 * - `orNotFound(write, kind, id)`: a 404 is the typed NotFoundError (kind, id) clients see;
 * - `mapStatus(call, exception)`: a provider's own reading of a status.
 *
 * A provider declares its exceptions in one table (`statusExceptions` in its client.ts), each with
 * the reason, and passes the one a call needs: `orNull(client.getUser(id), statusExceptions.x)`.
 */
import { NotFoundError, ProviderError, UpstreamNotFound, UpstreamStatusError } from '../domain/errors.js';

/** One provider-specific reading of upstream statuses, with the reason it holds. */
export interface StatusException {
  /** The statuses this reading applies to. */
  readonly statuses: readonly number[];
  /** Why the provider's status means this (documented or observed behaviour). */
  readonly reason: string;
  /**
   * `'absent'`: read like a 404 (orNull answers null, orNotFound throws NotFoundError); or the error
   * to throw instead of the upstream one.
   */
  readonly means: 'absent' | ((error: UpstreamStatusError) => Error);
}

/** A provider's table of status exceptions, by name (a function where the reading depends on the public operation). */
export type StatusExceptions = Readonly<Record<string, StatusException | ((operation: string) => StatusException)>>;

/** The exception that applies to `error`, if any (only a real status answer, never a lost write). */
function matching(error: unknown, exceptions: readonly StatusException[]): StatusException | undefined {
  if (!(error instanceof UpstreamStatusError)) return undefined;
  return exceptions.find((e) => e.statuses.includes(error.status));
}

/** Whether `error` says the object is not there: a 404, or a status an exception reads as absent. */
export function isAbsent(error: unknown, ...exceptions: readonly StatusException[]): boolean {
  return error instanceof UpstreamNotFound || matching(error, exceptions)?.means === 'absent';
}

/** Applies a function exception to `error` (throws its error), else does nothing. */
function rethrowMapped(error: unknown, exceptions: readonly StatusException[]): void {
  const exception = matching(error, exceptions);
  if (exception && exception.means !== 'absent') throw exception.means(error as UpstreamStatusError);
}

/** The answer of `work`, or null when the provider says the object is not there (404, or an `'absent'` exception). */
export async function orNull<T>(work: Promise<T>, ...exceptions: readonly StatusException[]): Promise<T | null> {
  try {
    return await work;
  } catch (error) {
    if (isAbsent(error, ...exceptions)) return null;
    rethrowMapped(error, exceptions);
    throw error;
  }
}

/** The answer of `work`; a 404 (or an `'absent'` exception) throws NotFoundError(kind, id[, field]) for the provider that answered. */
export async function orNotFound<T>(
  work: Promise<T>,
  what: { kind: string; id: string; field?: string | null },
  ...exceptions: readonly StatusException[]
): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof ProviderError && isAbsent(error, ...exceptions)) throw new NotFoundError(error.provider, what.kind, what.id, what.field ?? null);
    rethrowMapped(error, exceptions);
    throw error;
  }
}

/** The answer of `work`, with the given exceptions applied to a failure (an `'absent'` one is left as it is). */
export async function mapStatus<T>(work: Promise<T>, ...exceptions: readonly StatusException[]): Promise<T> {
  try {
    return await work;
  } catch (error) {
    rethrowMapped(error, exceptions);
    throw error;
  }
}
