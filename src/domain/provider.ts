import type { Page, PageArgs } from './paging.js';
import type { Invitation, InvitationStatus, ProviderId, Role, Tenant, User, UserStatus } from './types.js';
import type { UpstreamCallContext } from '../http/call-context.js';

/** Every filter field idgraph knows; each provider declares which ones it honours. */
export interface UserFilter {
  search?: string | null;
  email?: string | null;
  status?: UserStatus | null;
  propertyIds?: string[] | null;
  tenantId?: string | null;
  accountTypes?: string[] | null;
  groupIds?: string[] | null;
  includeHidden?: boolean | null;
  registeredWithinDays?: number | null;
  sort?: UserSort[] | null;
}

export type UserSort = 'FIRST_NAME_ASC' | 'FIRST_NAME_DESC' | 'LAST_NAME_ASC' | 'LAST_NAME_DESC' | 'EMAIL_ASC' | 'EMAIL_DESC';

export interface InvitationFilter {
  propertyId?: string | null;
  organizationId?: string | null;
  inviterId?: string | null;
  invitee?: string | null;
  status?: InvitationStatus | null;
}

export interface CreateInvitationInput {
  email: string;
  tenantIds: string[];
  roleIds: string[];
  isAccountAdmin?: boolean | null;
  inviterId?: string | null;
  expiresAt?: Date | null;
  sendEmail?: boolean | null;
  messagePayload?: Record<string, unknown> | null;
}

export interface UpdateUserInput {
  firstName?: string | null;
  lastName?: string | null;
  status?: UserStatus | null;
  isAccountAdmin?: boolean | null;
  propertyIds?: string[] | null;
  isHidden?: boolean | null;
}

export interface CreateUserInput {
  email: string;
  firstName: string;
  lastName: string;
  password?: string | null;
  rePassword?: string | null;
  /** The account type, where the provider has them (which ones can be created is the provider's rule). */
  accountType?: string | null;
}

/** Hints for a list of users or invitations. */
export interface ListUsersOptions {
  /**
   * The GraphQL fields the caller selected on the list's nodes (for example `['id', 'email']`), so a
   * provider with partial responses can ask for less, and a provider can start at once a catalog a
   * selected field will need (issue 15); undefined means everything.
   */
  fields?: readonly string[] | undefined;
}

/** The same hints for an invitation list. */
export type ListInvitationsOptions = ListUsersOptions;

/** What a deletion achieved: done, or accepted by a provider that deletes asynchronously. */
export interface DeletionResult {
  pending: boolean;
  /** Invitations the provider deleted together with the user (for example every invitation the user sent or accepted). */
  deletedInvitations?: Invitation[];
}

export type Capability =
  | 'LIST_USERS'
  | 'GET_USER'
  | 'FIND_USERS_BY_EMAIL'
  | 'CURRENT_USER'
  | 'CREATE_USER'
  | 'UPDATE_USER'
  | 'DELETE_USER'
  | 'ADD_USER_TO_TENANT'
  | 'LIST_INVITATIONS'
  | 'CREATE_INVITATION'
  | 'DELETE_INVITATION'
  | 'RESEND_INVITATION'
  | 'SET_INVITATION_STATUS'
  | 'LIST_ROLES'
  | 'LIST_TENANTS'
  | 'BACKWARD_PAGING';

/**
 * The provider-neutral port each adapter implements. By-id reads are batch-first (one call for many
 * ids where the API allows) and answer in the order asked, `null` for a missing id. An optional
 * method a provider lacks is an operation it does not offer: no method throws "unsupported", and
 * `capabilities` is computed from the methods present (capabilitiesOf), never declared by hand.
 */
export interface IdentityProvider {
  readonly id: ProviderId;
  readonly mode: 'sandbox' | 'live';
  readonly baseUrl: string;
  /** Computed by `providerPort()` from the methods present and `backwardPaging`; adapters never declare it. */
  readonly capabilities: readonly Capability[];
  /** True when every list of this provider also pages backward (`last`/`before`): BACKWARD_PAGING. */
  readonly backwardPaging?: boolean;
  /** True when role ids are the role names themselves (no read needed to know what a role grants). */
  readonly roleIdsAreNames?: boolean;
  /** The UserFilter fields this provider honours; any other set field is rejected. */
  readonly userFilters: readonly (keyof UserFilter)[];
  readonly invitationFilters: readonly (keyof InvitationFilter)[];
  /** The user filter that lists one tenant's users (Tenant.users). */
  userFilterForTenant?(tenantId: string): UserFilter;
  /** The invitation filter that lists one tenant's invitations (Tenant.invitations). */
  invitationFilterForTenant?(tenantId: string): InvitationFilter;

  listUsers(filter: UserFilter, page: PageArgs, options?: ListUsersOptions): Promise<Page<User>>;
  getUsers(ids: readonly string[]): Promise<(User | null)[]>;
  findUsersByEmail?(email: string): Promise<User[]>;
  currentUser?(): Promise<User>;
  createUser?(input: CreateUserInput): Promise<User>;
  updateUser?(id: string, input: UpdateUserInput): Promise<User>;
  deleteUser?(id: string): Promise<DeletionResult>;
  addUserToTenant?(userId: string, tenantId: string): Promise<User>;

  listInvitations?(filter: InvitationFilter, page: PageArgs, options?: ListInvitationsOptions): Promise<Page<Invitation>>;
  getInvitations?(ids: readonly string[]): Promise<(Invitation | null)[]>;
  createInvitation?(input: CreateInvitationInput): Promise<Invitation>;
  deleteInvitation?(id: string): Promise<Invitation>;
  resendInvitation?(id: string, messagePayload: Record<string, unknown> | null): Promise<Invitation>;
  setInvitationStatus?(id: string, status: 'ACCEPTED' | 'REVOKED', acceptedUserId: string | null): Promise<Invitation>;

  listRoles?(page: PageArgs): Promise<Page<Role>>;
  /** By-id role reads; a provider without it has no roles (every id answers null). */
  getRoles?(ids: readonly string[]): Promise<(Role | null)[]>;
  listTenants?(page: PageArgs): Promise<Page<Tenant>>;
  /** By-id tenant reads; a provider without it has no tenants (every id answers null). */
  getTenants?(ids: readonly string[]): Promise<(Tenant | null)[]>;

  /**
   * The tenants of each user, for providers whose user records do not carry them; in the
   * order asked. Called once per batch of users by the `userTenants` loader.
   */
  tenantsOfUsers?(userIds: readonly string[]): Promise<Tenant[][]>;
  /** True where `tenantsOfUsers` also carries the user's roles in each tenant (Tenant.memberRoleIds): User.roles is then their union. */
  userRolesFromTenants?: boolean;
  /** The invitations that deleting this user would delete with it (where the provider cascades); for dry runs and reports. */
  invitationsDeletedWithUser?(userId: string): Promise<Invitation[]>;
  /** Live health facts (the circuit breaker of its HTTP client); optional, additive. */
  health?(): ProviderHealth;

  /** Releases pools and timers. */
  close(): Promise<void>;

  /**
   * This provider as one request sees it: every upstream call it makes carries `call` (the request's
   * deadline, cancellation, budget, coalesced reads and catalogs). src/context.ts binds each provider
   * a request touches, once. Without it (a test double), the provider itself serves every request.
   */
  forRequest?(call: UpstreamCallContext): IdentityProvider;
}

export interface ProviderHealth {
  circuit: {
    state: 'CLOSED' | 'OPEN' | 'HALF_OPEN';
    failures: number;
    /** Epoch ms when the circuit last opened; null when closed. */
    openedAt: number | null;
    /** Epoch ms when an open circuit probes again; null unless open. */
    retryAt: number | null;
  };
}

/** What an adapter builds: the port without the computed `capabilities`. */
export type ProviderAdapter = Omit<IdentityProvider, 'capabilities'>;

/** The optional (and required) operations, each with the capability it gives, in the order capabilities are listed. */
const CAPABILITY_METHODS: readonly (readonly [Exclude<Capability, 'BACKWARD_PAGING'>, keyof ProviderAdapter])[] = [
  ['LIST_USERS', 'listUsers'],
  ['GET_USER', 'getUsers'],
  ['FIND_USERS_BY_EMAIL', 'findUsersByEmail'],
  ['CURRENT_USER', 'currentUser'],
  ['CREATE_USER', 'createUser'],
  ['UPDATE_USER', 'updateUser'],
  ['DELETE_USER', 'deleteUser'],
  ['ADD_USER_TO_TENANT', 'addUserToTenant'],
  ['LIST_INVITATIONS', 'listInvitations'],
  ['CREATE_INVITATION', 'createInvitation'],
  ['DELETE_INVITATION', 'deleteInvitation'],
  ['RESEND_INVITATION', 'resendInvitation'],
  ['SET_INVITATION_STATUS', 'setInvitationStatus'],
  ['LIST_ROLES', 'listRoles'],
  ['LIST_TENANTS', 'listTenants'],
];

/** The one place capabilities come from: the operations an adapter implements, plus its paging. */
export function capabilitiesOf(adapter: ProviderAdapter): Capability[] {
  const capabilities: Capability[] = CAPABILITY_METHODS.filter(([, method]) => typeof adapter[method] === 'function').map(([capability]) => capability);
  if (adapter.backwardPaging === true) capabilities.push('BACKWARD_PAGING');
  return capabilities;
}

/** The port of an adapter: the adapter itself with its computed `capabilities`. */
export function providerPort<A extends ProviderAdapter>(adapter: A): A & { readonly capabilities: readonly Capability[] } {
  return Object.assign(adapter, { capabilities: capabilitiesOf(adapter) });
}

/** What every bound adapter shares: its provider's HTTP client (the circuit for health, the pool to close). */
export interface SharedUpstream {
  readonly circuit: { snapshot(): ProviderHealth['circuit'] };
  close(): Promise<void>;
}

/**
 * A provider whose adapter is built for each request from shared parts (HTTP client, tokens, caches):
 * `bind(undefined)` is the provider outside any request, `bind(call)` the one a request uses
 * (IdentityProvider.forRequest). Capabilities are computed once; `health` and `close` are the shared
 * client's, the same functions on every bound adapter.
 */
export function boundPort<A extends Omit<ProviderAdapter, 'health' | 'close'>>(
  http: SharedUpstream,
  bind: (call: UpstreamCallContext | undefined) => A,
): A &
  Pick<Required<ProviderAdapter>, 'health' | 'close'> & {
    readonly capabilities: readonly Capability[];
    forRequest(call: UpstreamCallContext): IdentityProvider;
  } {
  const shared = { health: (): ProviderHealth => ({ circuit: http.circuit.snapshot() }), close: () => http.close() };
  const port = providerPort(Object.assign(bind(undefined), shared));
  const { capabilities } = port;
  return Object.assign(port, {
    forRequest: (call: UpstreamCallContext): IdentityProvider => Object.assign(bind(call), shared, { capabilities }),
  });
}

const CALL = Symbol('call');
const BOUND = Symbol('bound');
/** A request's registry: the call context and the providers bound to it so far (getters: registryForRequest). */
class RequestRegistry {
  readonly [CALL]: UpstreamCallContext;
  readonly [BOUND]: ProviderRegistry = {};
  constructor(call: UpstreamCallContext) {
    this[CALL] = call;
  }
}
const requestRegistries = new WeakMap<ProviderRegistry, typeof RequestRegistry>();

/**
 * The registry one request uses: each provider bound to the request's upstream call context
 * (IdentityProvider.forRequest) when the request first reads it, once. Read it by id
 * (`providers[id]`, as PROVIDER_IDS.map does): its providers are getters on a prototype made once per
 * registry (an object with an accessor defined per provider and request cost more than the binding
 * itself: 5 µs against 0.2 µs per request), so `for…in` lists them and `Object.keys` none.
 */
export function registryForRequest(registry: ProviderRegistry, call: UpstreamCallContext): ProviderRegistry {
  let Made = requestRegistries.get(registry);
  if (!Made) {
    Made = class extends RequestRegistry {};
    for (const id of Object.keys(registry) as ProviderId[]) {
      const provider = registry[id]!;
      Object.defineProperty(Made.prototype, id, {
        enumerable: true,
        get(this: RequestRegistry): IdentityProvider {
          if (!provider.forRequest) return provider;
          const bound = this[BOUND];
          return (bound[id] ??= provider.forRequest(this[CALL]));
        },
      });
    }
    requestRegistries.set(registry, Made);
  }
  return new Made(call) as ProviderRegistry;
}

/** The provider with `method` known to be present (after a check such as requireOperation). */
export type ProviderWith<K extends keyof IdentityProvider> = IdentityProvider & Required<Pick<IdentityProvider, K>>;

/** Whether the provider implements `method` (a type guard, so the method can be called without `!`). */
export function offers<K extends keyof IdentityProvider>(provider: IdentityProvider, method: K): provider is ProviderWith<K> {
  return typeof provider[method] === 'function';
}

export type ProviderRegistry = Partial<Record<ProviderId, IdentityProvider>>;
