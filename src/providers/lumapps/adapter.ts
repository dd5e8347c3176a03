/**
 * LumApps (`lumsites` v1) behind the IdentityProvider port: users only (list, get by uid or email,
 * current user, create external users, read-modify-write updates). See README.md in this folder for
 * the choices made where LumApps's documents are silent.
 */
import { InputError, NotFoundError } from '../../domain/errors.js';
import { orNotFound, orNull } from '../../http/status.js';
import { forwardPage, type PageArgs } from '../../domain/paging.js';
import { boundPort, type ProviderAdapter, type CreateUserInput, type ListUsersOptions, type UpdateUserInput, type UserFilter } from '../../domain/provider.js';
import type { User as DomainUser } from '../../domain/types.js';
import type { UpstreamCallContext } from '../../http/call-context.js';
import { HttpClient, type HttpClientOptions } from '../../http/http-client.js';
import { lumappsTokenSource, type LumappsCredentials } from './auth.js';
import { createLumappsClient, statusExceptions, type UserKey } from './client.js';
import { fromStatus, listFieldsSelector, toUser, userId, userWireFields } from './map.js';
import { LUMAPPS_MAX_PAGE_SIZE, nextCursor, userListSource } from './paging.js';
import { ACCOUNT_TYPES, ErrorBody, type User, type UserCreateBody, type UserListParams } from './wire.js';

export interface LumappsProviderOptions {
  mode: 'sandbox' | 'live';
  baseUrl: string;
  credentials: LumappsCredentials;
  http?: Omit<HttpClientOptions, 'provider' | 'baseUrl' | 'describeError'>;
  /** The largest `maxResults` to ask for (default 100). */
  pageSize?: number;
}

/** Password rules idgraph enforces before sending (LumApps documents none; see README.md). */
const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 128;

export function describeLumappsError(_status: number, body: unknown): { code?: string | null; message?: string | null } {
  const parsed = ErrorBody.safeParse(body);
  if (!parsed.success) return {};
  const error = parsed.data.error;
  if (typeof error === 'string') return { code: error, message: parsed.data.error_description ?? null };
  return { code: error.errors?.[0]?.reason ?? null, message: error.message ?? error.errors?.[0]?.message ?? null };
}

/** Checks the LumApps-specific filter values and turns the filter into `user/list` parameters. */
export function listParams(filter: UserFilter): UserListParams {
  let types: string[] | undefined;
  if (filter.accountTypes != null) {
    if (filter.accountTypes.length === 0) throw new InputError('filter.accountTypes', 'must name at least one account type', 'lumapps');
    types = filter.accountTypes.map((t) => t.trim().toLowerCase());
    const unknown = types.filter((t) => !(ACCOUNT_TYPES as readonly string[]).includes(t));
    if (unknown.length > 0) {
      throw new InputError('filter.accountTypes', `unknown LUMAPPS account type ${unknown.join(', ')}; expected one of ${ACCOUNT_TYPES.join(', ')}`, 'lumapps');
    }
  }
  if (filter.groupIds != null && (filter.groupIds.length === 0 || filter.groupIds.some((g) => g.trim() === ''))) {
    throw new InputError('filter.groupIds', 'must name at least one group id, none empty', 'lumapps');
  }
  return {
    status: filter.status == null ? undefined : fromStatus(filter.status),
    types,
    feeds: filter.groupIds ?? undefined,
    showHidden: filter.includeHidden ?? undefined,
    registeredSince: filter.registeredWithinDays ?? undefined,
    query: filter.search ?? undefined,
    email: filter.email ?? undefined,
  };
}

export function checkPassword(input: Pick<CreateUserInput, 'password' | 'rePassword'>): void {
  const { password, rePassword } = input;
  if (password == null && rePassword == null) return;
  if (password == null) throw new InputError('input.password', 'is required when rePassword is given', 'lumapps');
  if (rePassword == null) throw new InputError('input.rePassword', 'must repeat password', 'lumapps');
  if (password !== rePassword) throw new InputError('input.rePassword', 'does not match password', 'lumapps');
  if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) {
    throw new InputError('input.password', `must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`, 'lumapps');
  }
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) throw new InputError('input.password', 'must contain at least one letter and one digit', 'lumapps');
}

export function createLumappsProvider(options: LumappsProviderOptions) {
  const http = new HttpClient({ ...options.http, provider: 'lumapps', baseUrl: options.baseUrl, describeError: describeLumappsError });
  const tokens = lumappsTokenSource(http, options.credentials);
  http.bindTokens(tokens); // readiness warms the token up before the first call
  // The shared parts above; the adapter below is bound to one request's upstream call context (or none).
  return boundPort(http, (call) => bindLumapps(options, createLumappsClient(http.forCall(call), tokens), call));
}

function bindLumapps(options: LumappsProviderOptions, client: ReturnType<typeof createLumappsClient>, call: UpstreamCallContext | undefined) {
  const key = call?.cursorKey;
  const pageSize = options.pageSize ?? LUMAPPS_MAX_PAGE_SIZE;
  const mapItems = (items: User[]) => items.map(toUser);

  async function getOne(key: UserKey): Promise<User | null> {
    return orNull(client.getUser(key), statusExceptions.userNotVisible);
  }

  /** Many users by uid in one `user/list?ids=…` call per 100 (following `more` if LumApps pages). */
  async function listByIds(ids: readonly string[]): Promise<Map<string, User>> {
    const found = new Map<string, User>();
    for (let i = 0; i < ids.length; i += pageSize) {
      const chunk = ids.slice(i, i + pageSize);
      let cursor: string | undefined;
      do {
        const page = await client.listUsers({ ids: chunk, showHidden: true, maxResults: chunk.length, cursor });
        for (const user of page.items ?? []) {
          const id = userId(user);
          if (id) found.set(id, user);
          if (user.id && user.id !== id) found.set(user.id, user);
        }
        cursor = nextCursor(page) ?? undefined;
      } while (cursor);
    }
    return found;
  }

  return {
    id: 'lumapps',
    mode: options.mode,
    baseUrl: options.baseUrl,
    userFilters: ['search', 'email', 'status', 'accountTypes', 'groupIds', 'includeHidden', 'registeredWithinDays'],
    invitationFilters: [],

    async listUsers(filter: UserFilter, args: PageArgs, listOptions?: ListUsersOptions) {
      const params = { ...listParams(filter), fields: listFieldsSelector(userWireFields(listOptions?.fields)) };
      return forwardPage(
        args,
        { provider: 'lumapps', list: 'users', filter, key },
        userListSource((p) => client.listUsers(p), params, mapItems, pageSize),
        { provider: 'lumapps', backward: false },
      );
    },

    async getUsers(ids) {
      if (ids.length === 1) {
        const user = await getOne({ uid: ids[0]! });
        return [user ? toUser(user) : null];
      }
      const found = await listByIds([...new Set(ids)]);
      return ids.map((id) => {
        const user = found.get(id);
        return user ? toUser(user) : null;
      });
    },

    async findUsersByEmail(email) {
      const user = await getOne({ email });
      return user ? [toUser(user)] : [];
    },

    async currentUser() {
      // user/get without an identifier answers the caller [LU-SDK docs].
      return toUser(await client.getUser({}));
    },

    async createUser(input: CreateUserInput) {
      if (input.accountType != null && input.accountType.trim().toLowerCase() !== 'external') {
        throw new InputError('input.accountType', `LUMAPPS creates external users only (got ${JSON.stringify(input.accountType)})`, 'lumapps');
      }
      checkPassword(input);
      const body: UserCreateBody = {
        email: input.email,
        firstName: input.firstName,
        lastName: input.lastName,
        accountType: 'external',
        ...(input.password != null ? { password: input.password, rePassword: input.rePassword ?? '' } : {}),
      };
      return toUser(await client.saveUser(body, { idempotent: false }));
    },

    async updateUser(id: string, input: UpdateUserInput): Promise<DomainUser> {
      if (input.isAccountAdmin != null) throw new InputError('input.isAccountAdmin', 'is not supported by LUMAPPS', 'lumapps');
      if (input.propertyIds != null) throw new InputError('input.propertyIds', 'is not supported by LUMAPPS', 'lumapps');
      const changes: Partial<User> = {};
      if (input.firstName != null) changes.firstName = input.firstName;
      if (input.lastName != null) changes.lastName = input.lastName;
      if (input.status != null) changes.status = fromStatus(input.status);
      if (input.isHidden != null) changes.isHidden = input.isHidden;
      if (Object.keys(changes).length === 0) throw new InputError('input', 'names no field to change');
      // Read-modify-write [LU-SDK docs/guides/user_base.md]: save sends the whole object back, so
      // every field idgraph does not model survives.
      const current = await getOne({ uid: id });
      if (!current) throw new NotFoundError('lumapps', 'User', id);
      // LumApps stores the fullName it is sent: a rename sends one made of the new names (the
      // discovery has no rule for it; first + last is how LumApps itself builds it, see README.md).
      if (changes.firstName != null || changes.lastName != null) {
        changes.fullName = [changes.firstName ?? current.firstName, changes.lastName ?? current.lastName].filter(Boolean).join(' ').trim();
      }
      return toUser(await orNotFound(client.saveUser({ ...current, ...changes }, { idempotent: true }), { kind: 'User', id }));
    },

    // No roles and no tenants: LumApps users have no roles in idgraph, and a LumApps provider is one customer platform.
  } satisfies Omit<ProviderAdapter, 'health' | 'close'>;
}
