import { PROVIDER_IDS, type ProviderId } from '../providers/known.js';
import { FIRST_NAMES, LAST_NAMES } from './server.js';

/**
 * People who exist in several simulated providers under the same email (some differing in letter
 * case), so `person(email)` and `deprovisionPerson` have something to find in the sandbox.
 * Each simulator seeds the entries whose `in` lists it.
 */
export interface SharedPerson {
  firstName: string;
  lastName: string;
  email: string;
  in: readonly ProviderId[];
}

/** Every provider of the registry (src/providers/registry.ts), in its order. */
const everywhere = PROVIDER_IDS;
const n = everywhere.length;

export const SHARED_PEOPLE: readonly SharedPerson[] = Array.from({ length: 24 }, (_, i) => {
  const firstName = FIRST_NAMES[i % FIRST_NAMES.length]!;
  const lastName = LAST_NAMES[(i * 7) % LAST_NAMES.length]!;
  const email = `${firstName}.${lastName}@people.example.com`.toLowerCase();
  const set = i % n === 0 ? everywhere : [everywhere[i % n]!, everywhere[(i + 1) % n]!, ...(i % 3 === 0 ? [everywhere[(i + 2) % n]!] : [])];
  return { firstName, lastName, email, in: set };
});

/** The email as a given provider stores it: every third person is stored with capitals somewhere. */
export function storedEmail(person: SharedPerson, provider: string, index: number): string {
  if (index % 3 === 1 && provider === person.in[1]) {
    const [local, domain] = person.email.split('@') as [string, string];
    return `${local.replace(/(^|\.)(\w)/g, (_, dot: string, c: string) => dot + c.toUpperCase())}@${domain}`;
  }
  return person.email;
}
