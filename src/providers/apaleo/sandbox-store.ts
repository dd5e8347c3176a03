/**
 * The Apaleo simulator's store: account users and invitations, the role vocabulary, the seed, and the
 * invariants a route relies on (one user or invitation per email, case-insensitively). No HTTP here;
 * sandbox.ts answers Apaleo's routes over it.
 */
import { FIRST_NAMES, LAST_NAMES, seededRandom, seededUuid, seedPeople } from '../../sandbox/kit/index.js';
import { ROLES, type InvitationModel, type RoleA, type RoleB } from './wire.js';

export interface StoredUser {
  subjectId: string;
  firstName: string;
  lastName: string;
  email: string;
  enabled: boolean;
  isAccountAdmin: boolean;
  isMfaEnabled: boolean;
  isPasskeysEnabled: boolean;
  properties: { id: string; roles: string[] }[];
}

export interface StoredInvitation extends InvitationModel {
  properties: string[];
  roles: string[];
  role?: string;
}

export const APALEO_PROPERTIES = ['BER', 'MUC', 'HAM', 'LND', 'PAR'] as const;

const ROLE_TO_LEGACY: Partial<Record<RoleA, RoleB>> = {
  Accountant: 'FinanceManager',
  ReservationManager: 'ReservationOffice',
  FrontDesk: 'FrontOffice',
  FrontDeskSenior: 'FrontOffice',
};

export function legacyRole(role: string): string {
  return ROLE_TO_LEGACY[role as RoleA] ?? (role as RoleB);
}

export function isProperty(id: string): boolean {
  return (APALEO_PROPERTIES as readonly string[]).includes(id);
}

export class ApaleoStore {
  readonly users: StoredUser[] = [];
  readonly invitations: StoredInvitation[] = [];
  /**
   * Roles Apaleo added after the swagger idgraph was written against (RoleA is an evolving
   * vocabulary): listed by GET /roles and accepted on invitations. See addRole().
   */
  readonly newerRoles: string[] = [];

  constructor(options: { users?: number; seed?: number } = {}) {
    this.seed(options.users ?? 260, options.seed ?? 7);
  }

  /** The whole RoleA vocabulary this simulator speaks: the documented one plus newerRoles. */
  get roles(): string[] {
    return [...ROLES, ...this.newerRoles];
  }

  /** Adds a role Apaleo introduced later (e.g. after March 2026), as a real account would show it. */
  addRole(role: string): void {
    if (!this.roles.includes(role)) this.newerRoles.push(role);
  }

  userById(subjectId: string | undefined): StoredUser | undefined {
    return this.users.find((u) => u.subjectId === subjectId);
  }

  hasUserWithEmail(email: string): boolean {
    const lower = email.toLowerCase();
    return this.users.some((u) => u.email.toLowerCase() === lower);
  }

  invitationIndex(email: string): number {
    const lower = email.toLowerCase();
    return this.invitations.findIndex((i) => i.email.toLowerCase() === lower);
  }

  /** Stores an invitation (an account admin has no properties or roles; the legacy role follows the first role). */
  invite(email: string, properties: string[], isAccountAdmin: boolean, roles: string[]): void {
    this.invitations.push({
      email,
      properties: isAccountAdmin ? [] : properties,
      isAccountAdmin,
      roles: isAccountAdmin ? [] : roles,
      ...(roles[0] && !isAccountAdmin ? { role: legacyRole(roles[0]) } : {}),
      invitedBy: this.users[0]!.email,
      created: new Date().toISOString(),
    });
  }

  private seed(count: number, seed: number): void {
    const random = seededRandom(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const propertyRoles = (): { id: string; roles: RoleA[] }[] => {
      const props = APALEO_PROPERTIES.filter(() => random() < 0.35);
      const chosen = props.length > 0 ? props : [pick(APALEO_PROPERTIES)];
      return chosen.map((id) => ({ id, roles: [...new Set([pick(ROLES.slice(1)), ...(random() < 0.3 ? [pick(ROLES.slice(1))] : [])])] }));
    };
    // A service user first: /users/me answers it.
    this.users.push({
      subjectId: seededUuid(random),
      firstName: 'Sandbox',
      lastName: 'Integration',
      email: 'integration@apaleo-sandbox.example.com',
      enabled: true,
      isAccountAdmin: true,
      isMfaEnabled: true,
      isPasskeysEnabled: false,
      properties: APALEO_PROPERTIES.map((id) => ({ id, roles: ['PropertyAdmin'] })),
    });
    seedPeople('apaleo', (person, email) => {
      this.users.push({
        subjectId: seededUuid(random),
        firstName: person.firstName,
        lastName: person.lastName,
        email,
        enabled: true,
        isAccountAdmin: false,
        isMfaEnabled: random() < 0.5,
        isPasskeysEnabled: random() < 0.2,
        properties: propertyRoles(),
      });
    });
    for (let i = 0; this.users.length < count; i += 1) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      const admin = i % 40 === 0;
      this.users.push({
        subjectId: seededUuid(random),
        firstName,
        lastName,
        email: `${firstName}.${lastName}.${i}@hotel.example.com`.toLowerCase(),
        enabled: random() > 0.15,
        isAccountAdmin: admin,
        isMfaEnabled: random() < 0.4,
        isPasskeysEnabled: random() < 0.1,
        properties: admin ? [] : propertyRoles(),
      });
    }
    // Every role appears at least once.
    ROLES.slice(1).forEach((role, i) => {
      const user = this.users[10 + i]!;
      const first = user.properties[0];
      if (first && !first.roles.includes(role)) first.roles.push(role);
    });
    for (let i = 0; i < 20; i += 1) {
      const roles: RoleA[] = [ROLES[1 + (i % (ROLES.length - 1))]!];
      this.invitations.push({
        email: `invitee.${i}@hotel.example.com`,
        properties: [APALEO_PROPERTIES[i % APALEO_PROPERTIES.length]!],
        isAccountAdmin: false,
        roles,
        role: legacyRole(roles[0]!),
        invitedBy: this.users[0]!.email,
        created: new Date(Date.UTC(2026, 9, 1 + i, 9, 30)).toISOString(),
      });
    }
  }
}
