/**
 * Global ids: base64url of `${Type}:${provider}:${providerId}`, opaque to clients. Decoding checks the
 * type and the provider, so a forged or foreign id is a BAD_USER_INPUT error naming the argument.
 */
import { InputError } from '../domain/errors.js';
import { isProviderId, type Kind, type ProviderId } from '../domain/types.js';

const KINDS: readonly Kind[] = ['User', 'Invitation', 'Role', 'Tenant'];

export function encodeId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${String(id)}`, 'utf8').toString('base64url');
}

export function decodeId(globalId: string): { typename: Kind; id: string } {
  const text = /^[A-Za-z0-9_-]+$/.test(globalId) ? Buffer.from(globalId, 'base64url').toString('utf8') : '';
  const [typename, provider, ...rest] = text.split(':');
  const providerId = rest.join(':');
  if (!typename || !KINDS.includes(typename as Kind)) throw new InputError('id', `${JSON.stringify(globalId)} is not an id issued by this API`);
  if (!provider || !isProviderId(provider) || providerId === '') {
    throw new InputError('id', `${JSON.stringify(globalId)} names no known provider`);
  }
  return { typename: typename as Kind, id: `${provider}:${providerId}` };
}

/** Decodes a global id that must be of `kind`; answers its provider and the provider's own id. */
export function parseId(field: string, globalId: string, kind: Kind): { provider: ProviderId; id: string } {
  let decoded: { typename: Kind; id: string };
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
