/**
 * The Authress simulator's store: users (in userId order, the order cursor paging walks) and tenants,
 * the seed, the one-tenant-per-user invariant (linking moves a user) and asynchronous deletes (a
 * deleted user disappears `delayMs` after the 202). No HTTP here; sandbox.ts answers Authress's routes.
 */
import { FIRST_NAMES, LAST_NAMES, seededRandom, seededUuid, seedPeople } from '../../sandbox/kit/index.js';
import type { Tenant, UserIdentity } from './wire.js';
import type { z } from 'zod';

export interface StoredUser extends Required<Pick<z.input<typeof UserIdentity>, 'userId'>> {
  name: string;
  email: string;
  picture: string;
  tenantId: string | null;
}

export interface StoredTenant extends z.input<typeof Tenant> {
  tenantId: string;
  tenantLookupIdentifier: string;
  data: { name: string };
  domains: { domain: string }[];
  connection?: { connectionId: string };
  createdTime: string;
}

const TENANT_NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Tyrell'] as const;
export const AUTHRESS_TENANT_IDS = TENANT_NAMES.map((n) => `tenant-${n.toLowerCase()}`);
const IDPS = ['google-oauth2', 'oauth2', 'github', 'samlp'] as const;

export class AuthressStore {
  readonly users: StoredUser[] = [];
  readonly tenants: StoredTenant[] = [];
  private readonly pendingDeletes = new Map<string, NodeJS.Timeout>();

  constructor(options: { users?: number; seed?: number } = {}) {
    this.seed(options.users ?? 1000, options.seed ?? 11);
  }

  usersOf(tenantId: string): StoredUser[] {
    return this.users.filter((u) => u.tenantId === tenantId);
  }

  user(userId: string | undefined): StoredUser | undefined {
    return this.users.find((u) => u.userId === userId);
  }

  tenant(tenantId: string | undefined): StoredTenant | undefined {
    return this.tenants.find((t) => t.tenantId === tenantId);
  }

  /** A user is part of one tenant at most: linking moves the user. */
  link(user: StoredUser, tenant: StoredTenant): void {
    user.tenantId = tenant.tenantId;
  }

  /** Deletes a user `delayMs` from now (once, however often it is asked). */
  deleteLater(userId: string, delayMs: number): void {
    if (this.pendingDeletes.has(userId)) return;
    const timer = setTimeout(() => {
      this.pendingDeletes.delete(userId);
      const index = this.users.findIndex((u) => u.userId === userId);
      if (index >= 0) this.users.splice(index, 1);
    }, delayMs);
    timer.unref();
    this.pendingDeletes.set(userId, timer);
  }

  /** Drops the deletes still pending (on stop). */
  cancelPendingDeletes(): void {
    for (const timer of this.pendingDeletes.values()) clearTimeout(timer);
    this.pendingDeletes.clear();
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    TENANT_NAMES.forEach((name, i) => {
      const id = AUTHRESS_TENANT_IDS[i]!;
      this.tenants.push({
        tenantId: id,
        tenantLookupIdentifier: name.toLowerCase(),
        data: { name: `${name} Corp` },
        domains: [{ domain: `${name.toLowerCase()}.example.com` }],
        ...(i % 2 === 0 ? { connection: { connectionId: `con_${name.toLowerCase()}` } } : {}),
        createdTime: new Date(Date.UTC(2025, i, 1 + i, 8, 0)).toISOString(),
      });
    });
    const tenantFor = () => (random() < 0.85 ? pick(AUTHRESS_TENANT_IDS) : null);
    const add = (name: string, email: string) => {
      const userId = `${pick(IDPS)}|${seededUuid(random).replace(/-/g, '').slice(0, 20)}`;
      this.users.push({ userId, name, email, picture: `https://avatars.example.com/${encodeURIComponent(userId)}.png`, tenantId: tenantFor() });
    };
    seedPeople('authress', (person, email) => add(`${person.firstName} ${person.lastName}`, email));
    // UserIdentity.userId has no maximum length in AU-OAS: one federated id longer than 128 chars.
    this.users.push({
      userId: `samlp|https://login.partner.example.org/adfs/services/trust/${'a1b2c3d4'.repeat(14)}`,
      name: 'Long Identifier',
      email: 'long.identifier@partner.example.org',
      picture: 'https://avatars.example.com/long-identifier.png',
      tenantId: null,
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const first = pick(FIRST_NAMES);
      const last = pick(LAST_NAMES);
      add(`${first} ${last}`, `${first}.${last}.${i}@saas.example.com`.toLowerCase());
    }
    // Cursor paging walks users in userId order.
    this.users.sort((a, b) => (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  }
}
