/**
 * Global ids: base64url of `${Type}:${provider}:${providerId}` (a Person: `Person:${email}`), opaque
 * to clients. Decoding checks the type and the provider, so a forged or foreign id is a
 * BAD_USER_INPUT error naming the argument.
 *
 * Inputs that name a User, Tenant, Role or Invitation take its global id everywhere. Where the
 * provider is known from the rest of the input (createInvitation's `provider`, `user(provider:)`,
 * a filter sent to one provider), the provider's own id is accepted too: see `providerIdOf`.
 */
import { InputError } from '../domain/errors.js';
import { isProviderId, type Kind, type ProviderId } from '../domain/types.js';

const KINDS: readonly Kind[] = ['User', 'Invitation', 'Role', 'Tenant'];

export type GlobalKind = Kind | 'Person';

export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeId(globalId: string): { typename: GlobalKind; id: string } {
  const text = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const [typename, provider, ...rest] = text.split(':');
  if (typename === 'Person' && text.length > 'Person:'.length) return { typename: 'Person', id: text.slice('Person:'.length) };
  const providerId = rest.join(':');
  if (!typename || !KINDS.includes(typename as Kind)) throw new InputError('id', `${JSON.stringify(globalId)} is not an id issued by this API`);
  if (!provider || !isProviderId(provider) || providerId === '') {
    throw new InputError('id', `${JSON.stringify(globalId)} names no known provider`);
  }
  return { typename: typename as Kind, id: `${provider}:${providerId}` };
}

/** Decodes a global id that must be of `kind`; answers its provider and the provider's own id. */
export function parseId(field: string, globalId: string, kind: Kind): { provider: ProviderId; id: string } {
  let decoded: { typename: GlobalKind; id: string };
  try {
    decoded = decodeId(globalId);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(field, error.reason);
    throw error;
  }
  if (decoded.typename !== kind) throw new InputError(field, `is the id of a ${decoded.typename}, not of a ${kind}`);
  const at = decoded.id.indexOf(':');
  return { provider: decoded.id.slice(0, at) as ProviderId, id: decoded.id.slice(at + 1) };
}

/** The global id's parts when `value` is a global id issued by this API, else null. */
function asGlobalId(value: string): { typename: GlobalKind; provider: ProviderId | null; id: string } | null {
  try {
    const decoded = decodeId(value);
    if (decoded.typename === 'Person') return { typename: 'Person', provider: null, id: decoded.id };
    const at = decoded.id.indexOf(':');
    return { typename: decoded.typename, provider: decoded.id.slice(0, at) as ProviderId, id: decoded.id.slice(at + 1) };
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
