/**
 * The composite key of one provider object, `${provider}:${id}`: the key of every per-request loader
 * (context.ts), the inside of every global id (graphql/global-id.ts), and how a set of objects of
 * several providers is keyed (person.ts, the audit trail). This module is the only place that joins
 * or splits it; the provider's own id may itself contain `:`.
 */
import { InputError } from './errors.js';
import { isProviderId, type ProviderId } from './types.js';

/** The key of `id` in `provider`. */
export function entityKey(provider: ProviderId, id: string): string {
  return `${provider}:${id}`;
}

/** The provider and the provider's own id of a key; null when it names no known provider or no id. */
export function splitKey(key: string): { provider: ProviderId; id: string } | null {
  const at = key.indexOf(':');
  if (at < 0) return null;
  const provider = key.slice(0, at);
  const id = key.slice(at + 1);
  if (!isProviderId(provider) || id === '') return null;
  return { provider, id };
}

/** `splitKey`, or an InputError naming `field`: `${what} names no known provider`. */
export function parseKey(field: string, key: string, what: string): { provider: ProviderId; id: string } {
  const parts = splitKey(key);
  if (!parts) throw new InputError(field, `${what} names no known provider`);
  return parts;
}
