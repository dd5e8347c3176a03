/**
 * Provider ids that reach an upstream path or query. Each provider has its own id alphabet (from its
 * API document); `.` and `..` are refused always (a dot segment would walk the provider's path with
 * idgraph's token). A refused id is BAD_USER_INPUT, before any call.
 */
import { InputError } from '../domain/errors.js';
import type { ProviderId } from '../domain/types.js';

/**
 * - Apaleo: subject ids, property codes, role names, and invitation ids that are email addresses
 *   (RFC 5322 atext, `.` and `@`).
 * - Authress: userId `^[a-zA-Z0-9-._|/~:@]+$`; the document's 64/128 maximum is not what real federated
 *   (SAML) ids respect, and the OpenAPI answers allow longer: tolerate up to 1024.
 * - Logto: generated ids (`[0-9a-z]`, 12-21 chars) and built-in ids; letters, digits, `_` and `-`.
 * - LumApps: numeric or alphanumeric uids and emails.
 */
const PROVIDER_ID_ALPHABETS: Record<ProviderId, RegExp> = {
  apaleo: /^[A-Za-z0-9.@_+\-!#$%&'*=?^`{|}~]{1,254}$/,
  authress: /^[A-Za-z0-9\-._|/~:@]{1,1024}$/,
  logto: /^[A-Za-z0-9_-]{1,128}$/,
  lumapps: /^[A-Za-z0-9.@_+\-]{1,254}$/,
};

/** Why `id` is not an id of `provider`, or null when it is one. */
export function providerIdProblem(provider: ProviderId, id: string): string | null {
  if (id === '.' || id === '..') return 'is a dot segment, not an id';
  if (!PROVIDER_ID_ALPHABETS[provider].test(id)) return `is not a ${provider.toUpperCase()} id (unexpected characters or length)`;
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
