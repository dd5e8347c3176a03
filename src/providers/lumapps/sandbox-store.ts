/**
 * The LumApps simulator's store: the customer's users (with their feeds and passwords), the seed, the
 * lookups by email (case-insensitive), uid/id and employee id, and what a save does to a stored user:
 * the whole object replaces it, except the keys only the server sets. No HTTP here; sandbox.ts
 * answers LumApps's routes over it.
 */
import { FIRST_NAMES, LAST_NAMES, seededRandom, seedPeople } from '../../sandbox/kit/index.js';
import { ACCOUNT_TYPES, type User } from './wire.js';
import type { z } from 'zod';

export const LUMAPPS_SANDBOX = {
  customerId: '4664961515520000',
  clientId: 'idgraph-sandbox',
  clientSecret: 'sandbox-secret',
  userEmail: 'integration@lumapps-sandbox.example.com',
  staticToken: 'lumapps-sandbox-static-token',
} as const;

/** Ten feeds (groups), LumApps-style numeric ids. */
export const LUMAPPS_FEEDS = Array.from({ length: 10 }, (_, i) => String(5629499534213120 + i * 1_000_003));

/** A user as the wire carries it (any key of the discovery's User), always with uid, id and email. */
export type WireUser = z.input<typeof User> & { uid: string; id: string; email: string };

export interface StoredUser {
  wire: WireUser;
  feeds: string[];
  password: string | null;
}

/**
 * Set by the server only: a save cannot change them. `fullName` is not among them: a save stores the
 * fullName it is sent, so a body with a stale fullName leaves a stale name (GUESS, see README.md).
 */
const SERVER_KEYS = ['uid', 'id', 'customer', 'createdAt', 'updatedAt', 'email', 'accountType'] as const;

/** `2019-12-30T15:21:22.407701`: LumApps's datetimes, UTC without a zone, microseconds. */
export function lumappsDate(date: Date): string {
  return `${date.toISOString().slice(0, 23)}${String(date.getUTCMilliseconds() % 10)}00`;
}

export class LumappsStore {
  readonly users: StoredUser[] = [];
  private nextUid = 6_000_000_000_000_000;

  constructor(
    readonly customerId: string,
    options: { users?: number; seed?: number } = {},
  ) {
    this.seed(options.users ?? 520, options.seed ?? 11);
  }

  byEmail(email: string): StoredUser | undefined {
    const lower = email.toLowerCase();
    return this.users.find((u) => u.wire.email.toLowerCase() === lower);
  }

  byUid(uid: string): StoredUser | undefined {
    return this.users.find((u) => u.wire.uid === uid || u.wire.id === uid);
  }

  byEmployeeId(employeeId: string): StoredUser | undefined {
    return this.users.find((u) => u.wire.employeeId === employeeId);
  }

  /** A save of a known user: the body's known keys replace the stored user, the server's keys stay. */
  replace(user: StoredUser, kept: Record<string, unknown>, fullNameSent: boolean): WireUser {
    // The whole object replaces the stored one: a field left out of the body is gone.
    const next: Record<string, unknown> = { ...kept };
    for (const k of SERVER_KEYS) next[k] = user.wire[k];
    next.updatedAt = lumappsDate(new Date());
    // The fullName sent is stored as it is; only a body without one gets it computed (GUESS).
    if (!fullNameSent) next.fullName = `${String(next.firstName ?? '')} ${String(next.lastName ?? '')}`.trim();
    next.status ??= 'enabled';
    user.wire = next as WireUser;
    return user.wire;
  }

  /** Creates an external user. */
  create(init: {
    email: string;
    firstName: string;
    lastName: string;
    status?: string | undefined;
    isHidden?: boolean | undefined;
    password?: string | undefined;
  }): WireUser {
    const wire = this.makeUser({ email: init.email, firstName: init.firstName, lastName: init.lastName, accountType: 'external', createdAt: new Date() });
    if (typeof init.status === 'string') wire.status = init.status;
    if (typeof init.isHidden === 'boolean') wire.isHidden = init.isHidden;
    this.users.push({ wire, feeds: [], password: typeof init.password === 'string' ? init.password : null });
    return wire;
  }

  private newUid(): string {
    this.nextUid += 7919;
    return String(this.nextUid);
  }

  private makeUser(init: {
    email: string;
    firstName: string;
    lastName: string;
    accountType: string;
    status?: string;
    isHidden?: boolean;
    createdAt: Date;
    isSuperAdmin?: boolean;
  }): WireUser {
    const uid = this.newUid();
    const created = lumappsDate(init.createdAt);
    return {
      uid,
      id: uid,
      email: init.email,
      firstName: init.firstName,
      lastName: init.lastName,
      fullName: `${init.firstName} ${init.lastName}`,
      status: init.status ?? 'enabled',
      accountType: init.accountType,
      isHidden: init.isHidden ?? false,
      isSuperAdmin: init.isSuperAdmin ?? false,
      customer: this.customerId,
      createdAt: created,
      updatedAt: created,
      lang: 'en',
      langs: ['en', 'fr'],
      synchronized: init.accountType !== 'external',
      loginProvider: init.accountType === 'external' ? 'lumapps' : init.accountType,
      profilePictureUrl: `https://sites.lumapps.com/serve/profile/${uid}`,
      customProfile: JSON.stringify({ jobTitle: 'Staff', office: 'HQ' }),
      apiProfile: JSON.stringify({ name: { givenName: init.firstName, familyName: init.lastName }, primaryEmail: init.email }),
      settings: { social: { twitter: false }, notifications: { email: true } },
      subscriptions: [],
      directoryFavorites: [],
      unreadNotificationCount: 0,
    };
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const day = 86_400_000;
    const now = Date.now();
    const feedsFor = () => {
      const n = 1 + Math.floor(random() * 3);
      return [...new Set(Array.from({ length: n }, () => pick(LUMAPPS_FEEDS)))];
    };
    this.users.push({
      wire: this.makeUser({
        email: LUMAPPS_SANDBOX.userEmail,
        firstName: 'Sandbox',
        lastName: 'Integration',
        accountType: 'google',
        createdAt: new Date(now - 900 * day),
        isSuperAdmin: true,
      }),
      feeds: [...LUMAPPS_FEEDS],
      password: null,
    });
    seedPeople('lumapps', (person, email, i) => {
      this.users.push({
        wire: this.makeUser({
          email,
          firstName: person.firstName,
          lastName: person.lastName,
          accountType: ACCOUNT_TYPES[i % ACCOUNT_TYPES.length]!,
          createdAt: new Date(now - (30 + i * 11) * day),
        }),
        feeds: feedsFor(),
        password: null,
      });
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      const accountType = ACCOUNT_TYPES[i % ACCOUNT_TYPES.length]!;
      const domain = accountType === 'external' ? 'partner.example.org' : 'corp.example.com';
      this.users.push({
        wire: this.makeUser({
          email: `${firstName}.${lastName}.${i}@${domain}`.toLowerCase(),
          firstName,
          lastName,
          accountType,
          status: random() < 0.12 ? 'disabled' : 'enabled',
          isHidden: random() < 0.08,
          createdAt: new Date(now - Math.floor(random() * 1000) * day - Math.floor(random() * day)),
        }),
        feeds: feedsFor(),
        password: null,
      });
    }
  }
}
