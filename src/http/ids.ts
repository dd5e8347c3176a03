/**
 * Provider ids that reach an upstream path or query. Each provider has its own id alphabet (from its
 * API document); `.` and `..` are refused always (a dot segment would walk the provider's path with
 * idgraph's token). A refused id is BAD_USER_INPUT, before any call.
 */
import { InputError } from '../domain/errors.js';
import type { ProviderId } from '../domain/types.js';

/**
 * Each provider's id alphabet, from its definition's `idAlphabet` (src/providers/<id>/index.ts),
 * registered by src/providers/known.ts when the registry loads (this module imports no provider, so
 * the adapters' clients can import it without a cycle).
 */
const ID_ALPHABETS = new Map<string, RegExp>();

/** Where a provider declares none: letters, digits and `. _ @ + -`, at most 254. */
export const DEFAULT_ID_ALPHABET = /^[A-Za-z0-9.@_+\-]{1,254}$/;

export function registerIdAlphabet(provider: string, alphabet: RegExp): void {
  ID_ALPHABETS.set(provider, alphabet);
}

/** Why `id` is not an id of `provider`, or null when it is one. */
export function providerIdProblem(provider: ProviderId, id: string): string | null {
  if (id === '.' || id === '..') return 'is a dot segment, not an id';
  if (!(ID_ALPHABETS.get(provider) ?? DEFAULT_ID_ALPHABET).test(id)) return `is not a ${provider.toUpperCase()} id (unexpected characters or length)`;
  return null;
}

/** Throws BAD_USER_INPUT naming `field` unless `id` is an id of `provider`. */
export function checkProviderId(provider: ProviderId, id: string, field = 'id'): string {
  const problem = providerIdProblem(provider, id);
  if (problem) throw new InputError(field, problem, provider);
  return id;
}

/**
 * One escaped path segment: the id is checked against the provider's alphabet, then percent-encoded
 * (`/`, `?`, `#` and `%` cannot change the path). Every client builds id paths with this.
 */
export function segment(provider: ProviderId, id: string, field = 'id'): string {
  return encodeURIComponent(checkProviderId(provider, id, field));
}
