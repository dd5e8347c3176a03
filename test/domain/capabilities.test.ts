/**
 * Issue 13 item 3: capabilities come from the port. They are computed from the optional methods an
 * adapter implements (and its paging) by one function; requireOperation is the one preamble that
 * answers the provider with the method or the typed UnsupportedOperationError.
 */
import { describe, expect, it } from 'vitest';
import type { Context } from '../../src/context.js';
import { InputError, UnsupportedOperationError } from '../../src/domain/errors.js';
import { boundPort, capabilitiesOf, providerPort, registryForRequest, type ProviderAdapter } from '../../src/domain/provider.js';
import { UpstreamCallContext } from '../../src/http/call-context.js';
import { operationOf, requireOperation } from '../../src/graphql/require-operation.js';

const empty = { edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null }, totalCount: 0 } as never;

function adapter(extra: Partial<ProviderAdapter> = {}): ProviderAdapter {
  return {
    id: 'logto',
    mode: 'sandbox',
    baseUrl: 'http://x',
    userFilters: [],
    invitationFilters: [],
    listUsers: async () => empty,
    getUsers: async (ids) => ids.map(() => null),
    close: async () => undefined,
    ...extra,
  };
}

describe('capabilitiesOf', () => {
  it('lists exactly the operations present, in the Capability order', () => {
    expect(capabilitiesOf(adapter())).toEqual(['LIST_USERS', 'GET_USER']);
    const full = adapter({
      deleteUser: async () => ({ pending: false }),
      listRoles: async () => empty,
      currentUser: async () => ({}) as never,
      createInvitation: async () => ({}) as never,
    });
    expect(capabilitiesOf(full)).toEqual(['LIST_USERS', 'GET_USER', 'CURRENT_USER', 'DELETE_USER', 'CREATE_INVITATION', 'LIST_ROLES']);
  });

  it('adds BACKWARD_PAGING only for a provider whose lists page backward', () => {
    expect(capabilitiesOf(adapter({ backwardPaging: true }))).toContain('BACKWARD_PAGING');
    expect(capabilitiesOf(adapter({ backwardPaging: false }))).not.toContain('BACKWARD_PAGING');
  });

  it('providerPort fills capabilities from the adapter (nothing declared by hand)', () => {
    const port = providerPort(adapter({ listTenants: async () => empty }));
    expect(port.capabilities).toEqual(['LIST_USERS', 'GET_USER', 'LIST_TENANTS']);
  });
});

describe('requireOperation', () => {
  const port = providerPort(adapter({ deleteUser: async () => ({ pending: true }) }));
  const ctx = { providers: { logto: port } } as unknown as Context;

  it('answers the provider when it implements the operation', async () => {
    const provider = requireOperation(ctx, 'logto', 'deleteUser', 'input.id');
    await expect(provider.deleteUser('u')).resolves.toEqual({ pending: true });
  });

  it('throws the typed UnsupportedOperationError (code, provider, operation) when it does not', () => {
    const error = (() => {
      try {
        return requireOperation(ctx, 'logto', 'createUser', 'input.provider');
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(UnsupportedOperationError);
    expect(error).toMatchObject({ code: 'UNSUPPORTED_OPERATION', provider: 'logto', operation: 'createUser', message: 'logto does not support createUser' });
    expect(() => operationOf(port, 'findUsersByEmail', 'user(email:)')).toThrow('logto does not support user(email:)');
  });

  it('names the argument when the provider is not configured', () => {
    expect(() => requireOperation(ctx, 'apaleo', 'deleteUser', 'input.id')).toThrow(InputError);
    expect(() => requireOperation(ctx, 'apaleo', 'deleteUser', 'input.id')).toThrow(/^input\.id: APALEO is not configured/);
  });
});

describe('boundPort and registryForRequest (issue 15: the upstream call context passed explicitly)', () => {
  it('binds a provider to a request when the request first touches it, once, with the capabilities computed once', async () => {
    const bound: (UpstreamCallContext | undefined)[] = [];
    let closed = 0;
    const circuit = { state: 'CLOSED', failures: 0, openedAt: null, retryAt: null } as const;
    const http = { circuit: { snapshot: () => circuit }, close: async () => void (closed += 1) };
    const port = boundPort(http, (call) => {
      bound.push(call);
      const { close: _close, ...rest } = adapter({ listRoles: async () => empty });
      return rest;
    });
    expect(bound).toEqual([undefined]);
    const call = new UpstreamCallContext({ deadlineMs: 1_000, callBudget: 5 });
    const other = { id: 'apaleo', close: async () => undefined } as never;
    const registry = registryForRequest({ logto: port, apaleo: other }, call);
    expect(bound).toEqual([undefined]); // nothing bound before it is used
    // Its providers are listed (for…in: getters on its prototype) without binding any.
    const listed: string[] = [];
    for (const id in registry) listed.push(id);
    expect(listed).toEqual(['logto', 'apaleo']);
    expect(bound).toEqual([undefined]);
    const first = registry.logto!;
    expect(registry.logto).toBe(first);
    expect(bound).toEqual([undefined, call]);
    expect(first).not.toBe(port);
    expect(first.capabilities).toEqual(['LIST_USERS', 'GET_USER', 'LIST_ROLES']);
    // Health and close are the shared client's, the same functions on the bound adapter.
    expect(first.health).toBe(port.health);
    expect(first.close).toBe(port.close);
    expect(first.health!()).toEqual({ circuit });
    await first.close();
    expect(closed).toBe(1);
    // A provider without forRequest (a test double) serves the request as it is.
    expect(registry.apaleo).toBe(other);
  });
});
