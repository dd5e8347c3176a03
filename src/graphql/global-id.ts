/**
 * Global ids: base64url of `${Type}:${provider}:${providerId}` (a Person: `Person:${email}`), opaque
 * to clients. Decoding checks the type and the provider, so a forged or foreign id is a
 * BAD_USER_INPUT error naming the argument.
 *
 * Inputs that name a User, Tenant, Role or Invitation take its global id everywhere. Where the
 * provider is known from the rest of the input (createInvitation's `provider`, `user(provider:)`,
 * a filter sent to one provider), the provider's own id is accepted too: see `providerIdOf`.
 */
import { entityKey, parseKey } from '../domain/entity-key.js';
import { InputError } from '../domain/errors.js';
import type { Kind, ProviderId } from '../domain/types.js';

const KINDS: readonly Kind[] = ['User', 'Invitation', 'Role', 'Tenant'];

export type GlobalKind = Kind | 'Person';

/** A decoded global id: a Person's email, or the provider and provider's own id of any other object. */
export type GlobalId = { typename: 'Person'; provider: null; id: string } | { typename: Kind; provider: ProviderId; id: string };

/** The global id of a Person (`id` is its email) or of an object with the composite key `provider:id` (domain/entity-key.ts). */
export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

/** Decodes a global id, or throws an InputError on `id` (see parseId for another field name). */
export function decodeGlobalId(globalId: string): GlobalId {
  const text = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const at = text.indexOf(':');
  const typename = at < 0 ? text : text.slice(0, at);
  if (typename === 'Person' && text.length > 'Person:'.length) return { typename: 'Person', provider: null, id: text.slice('Person:'.length) };
  if (!typename || !KINDS.includes(typename as Kind)) throw new InputError('id', `${JSON.stringify(globalId)} is not an id issued by this API`);
  const { provider, id } = parseKey('id', at < 0 ? '' : text.slice(at + 1), JSON.stringify(globalId));
  return { typename: typename as Kind, provider, id };
}

/** The Relay plugin's shape: the type and the loader key (the composite key; a Person's email). */
export function decodeId(globalId: string): { typename: GlobalKind; id: string } {
  const decoded = decodeGlobalId(globalId);
  return { typename: decoded.typename, id: decoded.provider === null ? decoded.id : entityKey(decoded.provider, decoded.id) };
}

/** Decodes a global id that must be of `kind`; answers its provider and the provider's own id. */
export function parseId(field: string, globalId: string, kind: Kind): { provider: ProviderId; id: string } {
  let decoded: GlobalId;
  try {
    decoded = decodeGlobalId(globalId);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(field, error.reason);
    throw error;
  }
  // (only a Person has no provider, and a Person is never `kind`)
  if (decoded.typename !== kind || decoded.provider === null) throw new InputError(field, `is the id of a ${decoded.typename}, not of a ${kind}`);
  return { provider: decoded.provider, id: decoded.id };
}

/** The global id's parts when `value` is a global id issued by this API, else null. */
function asGlobalId(value: string): GlobalId | null {
  try {
    return decodeGlobalId(value);
  } catch {
    return null;
  }
}

/**
 * The provider's own id of a `kind` object of `provider`, given either its global id (`Tenant.id`) or
 * the provider's own id (`Tenant.providerId`). A global id of another type or another provider is an
 * InputError naming `field`.
 */
export function providerIdOf(field: string, value: string, kind: Kind, provider: ProviderId): string {
  const global = asGlobalId(value);
  if (!global) return value;
  if (global.typename !== kind) throw new InputError(field, `is the id of a ${global.typename}, not of a ${kind}`, provider);
  if (global.provider !== provider) {
    throw new InputError(field, `is the id of a ${global.provider?.toUpperCase()} ${kind}, not of a ${provider.toUpperCase()} one`, provider);
  }
  return global.id;
}

/** `providerIdOf` over a list; null and undefined pass through. */
export function providerIdsOf(field: string, values: readonly string[], kind: Kind, provider: ProviderId): string[];
export function providerIdsOf(field: string, values: readonly string[] | null | undefined, kind: Kind, provider: ProviderId): string[] | null | undefined;
export function providerIdsOf(field: string, values: readonly string[] | null | undefined, kind: Kind, provider: ProviderId): string[] | null | undefined {
  if (values == null) return values;
  return values.map((value, i) => providerIdOf(`${field}.${i}`, value, kind, provider));
}
