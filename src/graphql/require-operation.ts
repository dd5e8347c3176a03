/**
 * The one preamble of every resolver that needs an optional operation of a provider: the provider is
 * configured (else ValidationError naming the argument) and implements the operation (else
 * UnsupportedOperationError naming it). Capabilities are computed from the same methods
 * (capabilitiesOf in src/domain/provider.ts), so what `providers { capabilities }` lists and what a
 * mutation accepts cannot disagree.
 */
import type { Context } from '../context.js';
import { UnsupportedOperationError } from '../domain/errors.js';
import { offers, type IdentityProvider, type ProviderWith } from '../domain/provider.js';
import type { ProviderId } from '../domain/types.js';
import { requireProvider } from './connection.js';

/** `provider`, known to implement `method`; UnsupportedOperationError(`operation`, default the method's name) otherwise. */
export function operationOf<P extends IdentityProvider, K extends keyof IdentityProvider>(
  provider: P,
  method: K,
  operation: string = method,
): P & ProviderWith<K> {
  if (!offers(provider, method)) throw new UnsupportedOperationError(provider.id, operation);
  return provider;
}

/**
 * The configured provider `providerId` (named by the argument `argName`), known to implement
 * `method`: the mutation preamble. Errors are those clients saw before: ValidationError on
 * `argName` for a provider not configured, UnsupportedOperationError for a missing operation.
 */
export function requireOperation<K extends keyof IdentityProvider>(
  ctx: Context,
  providerId: ProviderId,
  method: K,
  argName: string,
  operation: string = method,
): ProviderWith<K> {
  return operationOf(requireProvider(ctx, providerId, argName), method, operation);
}
