/** What the generic code derives from the registry: the ids, their type, and a lookup. */
import type { ProviderDefinition } from './define.js';
import { registerIdAlphabet } from '../http/ids.js';
import { PROVIDERS } from './registry.js';

export { PROVIDERS };

export type ProviderId = (typeof PROVIDERS)[number]['id'];

for (const p of PROVIDERS) if (p.idAlphabet) registerIdAlphabet(p.id, p.idAlphabet);

export const PROVIDER_IDS: readonly ProviderId[] = PROVIDERS.map((p) => p.id);

export function isProviderId(value: string): value is ProviderId {
  return (PROVIDER_IDS as readonly string[]).includes(value);
}

export function providerDefinition(id: ProviderId): ProviderDefinition<ProviderId> {
  const definition = PROVIDERS.find((p) => p.id === id);
  if (!definition) throw new Error(`unknown provider ${id}`);
  return definition as ProviderDefinition<ProviderId>;
}
