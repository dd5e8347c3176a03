/**
 * The Logto simulator's store: organizations, organization roles, users, invitations and memberships,
 * the seed, and the invariants real Logto keeps (recorded, shared/specs/logto/real-exchanges-2026-11.json):
 * deleting a user cascades to its memberships and to the invitations it sent or accepted, a Pending
 * invitation past `expiresAt` reads as Expired, accepting an invitation makes the user a member with
 * its roles, users list newest first, an update moves an organization to the end of the storage
 * order. No HTTP here; sandbox.ts answers Logto's routes over it.
 */
import { randomBytes } from 'node:crypto';
import { FIRST_NAMES, LAST_NAMES, seededRandom, seedPeople } from '../../sandbox/kit/index.js';
import type { InvitationStatus } from './wire.js';

export interface StoredOrganization {
  id: string;
  name: string;
  description: string | null;
  customData: Record<string, unknown>;
  isMfaRequired: boolean;
  createdAt: number;
}

export interface StoredRole {
  id: string;
  name: string;
  description: string | null;
  type: 'User' | 'MachineToMachine';
}

export interface StoredUser {
  id: string;
  username: string | null;
  primaryEmail: string | null;
  name: string | null;
  givenName: string;
  familyName: string;
  isSuspended: boolean;
  lastSignInAt: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface StoredInvitation {
  id: string;
  inviterId: string | null;
  invitee: string;
  acceptedUserId: string | null;
  organizationId: string;
  status: InvitationStatus;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
  organizationRoleIds: string[];
}

/** The user fields Logto's advanced search looks in. */
export const USER_SEARCH_FIELDS = ['id', 'primaryEmail', 'primaryPhone', 'username', 'name'] as const;
export type UserSearchField = (typeof USER_SEARCH_FIELDS)[number];
/** One search condition: any of `fields` matches any of `values`, exactly or as a SQL LIKE pattern. */
export interface UserSearch {
  fields: readonly UserSearchField[];
  values: string[];
  mode: 'exact' | 'like';
}

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const DAY = 24 * 60 * 60 * 1000;

/** An id from the crypto generator (ids of rows created over HTTP are not seeded). */
export function randomId(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
}

export class LogtoStore {
  readonly organizations: StoredOrganization[] = [];
  readonly roles: StoredRole[] = [];
  readonly users: StoredUser[] = [];
  readonly invitations: StoredInvitation[] = [];
  /** organizationId → userId → organization role ids (filled when invitations are accepted). */
  readonly memberships = new Map<string, Map<string, string[]>>();
  private readonly random: () => number;

  constructor(options: { seed?: number } = {}) {
    this.random = seededRandom(options.seed ?? 11);
    this.seed();
  }

  protected newId(length: number): string {
    return Array.from({ length }, () => ALPHABET[Math.floor(this.random() * ALPHABET.length)]).join('');
  }

  private seed(): void {
    const random = this.random;
    const base = Date.UTC(2026, 8, 1, 8, 0);
    const orgNames = ['Acme Corp', 'Globex', 'Initech', 'Umbrella Labs', 'Stark Industries', 'Wayne Enterprises'];
    orgNames.forEach((name, i) => {
      this.organizations.push({
        id: this.newId(12),
        name,
        description: i % 3 === 2 ? null : `${name} workspace`,
        customData: {},
        isMfaRequired: i % 2 === 0,
        createdAt: base + i * DAY,
      });
    });
    const roleDefs: [string, string | null][] = [
      ['admin', 'Manages the organization and its members.'],
      ['member', 'Uses the organization’s resources.'],
      ['viewer', 'Read-only access.'],
      ['billing', 'Manages invoices and payment.'],
      ['guest', null],
    ];
    for (const [name, description] of roleDefs) this.roles.push({ id: this.newId(21), name, description, type: 'User' });

    const addUser = (givenName: string, familyName: string, email: string) => {
      const createdAt = base + Math.floor(random() * 60) * DAY;
      this.users.push({
        id: this.newId(12),
        username: `${givenName}_${familyName}_${this.users.length}`.toLowerCase().replace(/[^a-z0-9_]/g, ''),
        primaryEmail: email,
        name: `${givenName} ${familyName}`,
        givenName,
        familyName,
        isSuspended: random() < 0.1,
        lastSignInAt: random() < 0.7 ? createdAt + DAY : null,
        createdAt,
        updatedAt: createdAt,
      });
    };
    seedPeople('logto', (person, email) => addUser(person.firstName, person.lastName, email));
    for (let i = 0; this.users.length < 40; i += 1) {
      const first = FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]!;
      const last = LAST_NAMES[Math.floor(random() * LAST_NAMES.length)]!;
      addUser(first, last, `${first}.${last}.${i}@org.example.com`.toLowerCase());
    }

    const inviters = this.users.slice(0, 5);
    const statuses: InvitationStatus[] = ['Pending', 'Accepted', 'Expired', 'Revoked'];
    const now = Date.now();
    for (let i = 0; i < 60; i += 1) {
      const status = statuses[i % statuses.length]!;
      const org = this.organizations[i % this.organizations.length]!;
      const createdAt = base + i * 3_600_000;
      const accepted = status === 'Accepted' ? this.users[5 + (i % 30)]! : null;
      const invitation: StoredInvitation = {
        id: this.newId(21),
        inviterId: i % 10 === 9 ? null : inviters[i % inviters.length]!.id,
        invitee: accepted?.primaryEmail ?? `invitee.${i}@guests.example.com`,
        acceptedUserId: accepted?.id ?? null,
        organizationId: org.id,
        status,
        createdAt,
        updatedAt: createdAt + (status === 'Pending' ? 0 : DAY),
        expiresAt: status === 'Expired' ? createdAt + 7 * DAY : Math.max(now, createdAt) + 30 * DAY,
        organizationRoleIds: [this.roles[i % this.roles.length]!.id, ...(i % 3 === 0 ? [this.roles[(i + 1) % this.roles.length]!.id] : [])],
      };
      this.invitations.push(invitation);
      if (accepted) this.addMember(org.id, accepted.id, invitation.organizationRoleIds);
    }
  }

  // --- test helpers (state a test needs that idgraph itself never creates) --------------------

  /** Adds an organization (at the end of the storage order) and answers its id. */
  addOrganization(name: string): string {
    const id = this.newId(12);
    this.organizations.push({ id, name, description: null, customData: {}, isMfaRequired: false, createdAt: Date.now() });
    return id;
  }

  /** Adds a user and answers its id. */
  addUser(primaryEmail: string | null, name: string | null = null): string {
    const id = this.newId(12);
    const now = Date.now();
    this.users.push({
      id,
      username: null,
      primaryEmail,
      name,
      givenName: '',
      familyName: '',
      isSuspended: false,
      lastSignInAt: null,
      createdAt: now,
      updatedAt: now,
    });
    return id;
  }

  /** Stores an invitation as it is (no checks, no email) and answers its id. */
  addInvitation(fields: Partial<Omit<StoredInvitation, 'id'>> & { invitee: string; organizationId: string }): string {
    const now = Date.now();
    const id = this.newId(21);
    this.invitations.push({
      id,
      inviterId: null,
      acceptedUserId: null,
      status: 'Pending',
      createdAt: now,
      updatedAt: now,
      expiresAt: now + 7 * DAY,
      organizationRoleIds: [],
      ...fields,
    });
    return id;
  }

  addMember(organizationId: string, userId: string, roleIds: string[]): void {
    const members = this.memberships.get(organizationId) ?? new Map<string, string[]>();
    members.set(userId, [...new Set([...(members.get(userId) ?? []), ...roleIds])]);
    this.memberships.set(organizationId, members);
  }

  // --- invariants ------------------------------------------------------------------------------

  /** Real Logto reports a Pending invitation past its expiry as Expired on every read (recorded). */
  effectiveStatus(i: StoredInvitation, now = Date.now()): InvitationStatus {
    return i.status === 'Pending' && i.expiresAt <= now ? 'Expired' : i.status;
  }

  /** Real Logto lists users newest first (recorded). */
  usersNewestFirst(): StoredUser[] {
    return [...this.users].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1));
  }

  /** Users (newest first) meeting any (`or`) or all (`and`) of the conditions; every user without a condition. */
  findUsers(conditions: readonly UserSearch[], joint: 'or' | 'and', caseSensitive: boolean): StoredUser[] {
    if (conditions.length === 0) return this.usersNewestFirst();
    const norm = (v: string) => (caseSensitive ? v : v.toLowerCase());
    const like = (pattern: string, value: string) => {
      const regex = new RegExp(
        `^${norm(pattern)
          .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
          .replace(/%/g, '.*')
          .replace(/_/g, '.')}$`,
        's',
      );
      return regex.test(norm(value));
    };
    const matches = (u: StoredUser, c: UserSearch) =>
      c.fields.some((f) => {
        const value = u[f as keyof StoredUser];
        if (typeof value !== 'string') return false;
        return c.values.some((v) => (c.mode === 'exact' ? norm(v) === norm(value) : like(v, value)));
      });
    return this.usersNewestFirst().filter((u) => (joint === 'and' ? conditions.every((c) => matches(u, c)) : conditions.some((c) => matches(u, c))));
  }

  sameEmail(a: string | null, b: string): boolean {
    return a != null && a.toLowerCase() === b.toLowerCase();
  }

  /** Moves an organization to the end of the storage order, as a PostgreSQL UPDATE did on the real server. */
  touchOrganization(id: string): void {
    const index = this.organizations.findIndex((o) => o.id === id);
    if (index < 0) return;
    const [moved] = this.organizations.splice(index, 1);
    this.organizations.push(moved!);
  }

  roleName(id: string): string {
    return this.roles.find((r) => r.id === id)?.name ?? id;
  }

  /** Deletes a user; organization_invitations.inviter_id and accepted_user_id reference users ON DELETE CASCADE. */
  deleteUser(index: number): void {
    const [user] = this.users.splice(index, 1);
    for (const members of this.memberships.values()) members.delete(user!.id);
    for (let i = this.invitations.length - 1; i >= 0; i -= 1) {
      const invitation = this.invitations[i]!;
      if (invitation.inviterId === user!.id || invitation.acceptedUserId === user!.id) this.invitations.splice(i, 1);
    }
  }

  /** Accepts or revokes an invitation; accepting makes the user a member with the invitation's roles. */
  settleInvitation(invitation: StoredInvitation, status: 'Accepted' | 'Revoked', acceptedUserId: string | null): void {
    invitation.status = status;
    invitation.updatedAt = Math.max(Date.now(), invitation.updatedAt + 1);
    if (status === 'Accepted' && acceptedUserId) {
      invitation.acceptedUserId = acceptedUserId;
      this.addMember(invitation.organizationId, acceptedUserId, invitation.organizationRoleIds);
    }
  }
}
