/** The people seed hook: calls `add` for each shared person (src/sandbox/people.ts) a provider holds, with the email as it stores it. */
import { SHARED_PEOPLE, storedEmail, type SharedPerson } from '../people.js';

export function seedPeople(provider: SharedPerson['in'][number], add: (person: SharedPerson, email: string, index: number) => void): void {
  SHARED_PEOPLE.forEach((person, i) => {
    if (person.in.includes(provider)) add(person, storedEmail(person, provider, i), i);
  });
}
