import { describe, expect, it } from 'vitest';
import { PROVIDER_IDS } from '../../../src/domain/types.js';
import { listFieldsSelector, parseLumappsDate, toStatus, toUser, userWireFields } from '../../../src/providers/lumapps/map.js';

describe('lumapps map', () => {
  it('reads LumApps datetimes (no zone, microseconds) as UTC', () => {
    expect(parseLumappsDate('2019-12-30T15:21:22.407701')?.toISOString()).toBe('2019-12-30T15:21:22.407Z');
    expect(parseLumappsDate('2019-12-30T15:21:22Z')?.toISOString()).toBe('2019-12-30T15:21:22.000Z');
    expect(parseLumappsDate('not a date')).toBeNull();
    expect(parseLumappsDate(undefined)).toBeNull();
  });

  it('maps a whole user', () => {
    const user = toUser({
      uid: '42',
      id: '42',
      email: 'a@b.example',
      firstName: 'Ada',
      lastName: 'Lovelace',
      fullName: 'Ada Lovelace',
      status: 'disabled',
      accountType: 'okta',
      isHidden: true,
      customer: 'c1',
      createdAt: '2020-01-02T03:04:05.000006',
      lang: 'fr',
      somethingUnmodelled: { x: 1 },
    });
    expect(user).toMatchObject({
      kind: 'User',
      provider: 'lumapps',
      id: '42',
      email: 'a@b.example',
      displayName: 'Ada Lovelace',
      status: 'DISABLED',
      roleIds: [],
      tenantIds: [],
      lumapps: { accountType: 'okta', isHidden: true, customerId: 'c1', lang: 'fr', isSuperAdmin: null },
    });
    expect(user.createdAt?.toISOString()).toBe('2020-01-02T03:04:05.000Z');
  });

  it('maps a projected user (only ids and email) with nulls, and falls back to id', () => {
    const user = toUser({ id: '7', email: 'x@y.example' });
    expect(user.id).toBe('7');
    expect(user.firstName).toBeNull();
    expect(user.status).toBeNull();
    expect(user.displayName).toBeNull();
    expect(user.lumapps?.accountType).toBeNull();
    expect(() => toUser({ email: 'x@y.example' })).toThrow(/uid/);
  });

  it('builds the display name from the names when fullName is absent', () => {
    expect(toUser({ uid: '1', firstName: 'Grace', lastName: 'Hopper' }).displayName).toBe('Grace Hopper');
  });

  it('maps statuses', () => {
    expect(toStatus('enabled')).toBe('ENABLED');
    expect(toStatus('disabled')).toBe('DISABLED');
    expect(toStatus(undefined)).toBeNull();
    expect(toStatus('weird')).toBeNull();
  });

  it('turns GraphQL fields into the smallest LumApps selector', () => {
    expect(userWireFields(['id', 'email'])).toEqual(['uid', 'id', 'email']);
    expect(userWireFields(['__typename', 'providerId'])).toEqual(['uid', 'id']);
    expect(userWireFields(['displayName', 'enabled'])).toEqual(['uid', 'id', 'fullName', 'firstName', 'lastName', 'status']);
    expect(userWireFields(['lumapps'])).toContain('isHidden');
    expect(userWireFields(['somethingNew'])).toBeNull();
    // Every other registered provider's namespace (User.<id>) needs nothing from LumApps, whichever providers the registry lists.
    expect(userWireFields(['id', ...PROVIDER_IDS.filter((id) => id !== 'lumapps')])).toEqual(['uid', 'id']);
    expect(userWireFields(undefined)).toBeNull();
    expect(listFieldsSelector(['uid', 'id', 'email'])).toBe('items(uid,id,email),more,cursor');
    expect(listFieldsSelector(null)).toBeUndefined();
  });
});
