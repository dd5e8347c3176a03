import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleFromLegacy, toInvitation, toUserFromItem, toUserFromModel } from '../../../src/providers/apaleo/map.js';
import { InvitationModel, UserItemModel, UserModel, UsersListModel } from '../../../src/providers/apaleo/wire.js';

describe('Apaleo wire schemas follow the swagger document', () => {
  const swagger = JSON.parse(readFileSync(new URL('../../fixtures/apaleo/identity-v1.swagger.json', import.meta.url), 'utf8'));
  it.each([
    ['UserItemModel', UserItemModel],
    ['UserModel', UserModel],
    ['InvitationModel', InvitationModel],
    ['UsersListModel', UsersListModel],
  ])('%s declares every documented property', (name, schema) => {
    const documented = Object.keys(swagger.definitions[name].properties).sort();
    expect(Object.keys(schema.shape).sort()).toEqual(documented);
  });

  it('rejects a drifted list item', () => {
    expect(UserItemModel.safeParse({ subjectId: 'x', firstName: 'A' }).success).toBe(false);
  });
});

describe('Apaleo mapping', () => {
  it('maps a list item (property objects) and a single user (property ids) to the same domain user', () => {
    const item = toUserFromItem({
      subjectId: 's1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      enabled: false,
      isAccountAdmin: false,
      isMfaEnabled: true,
      isPasskeysEnabled: true,
      properties: [
        { id: 'BER', roles: ['FrontDesk', 'Auditor'] },
        { id: 'MUC', roles: ['FrontDesk'] },
      ],
    });
    expect(item).toMatchObject({ status: 'DISABLED', roleIds: ['FrontDesk', 'Auditor'], tenantIds: ['BER', 'MUC'], displayName: 'Ada Lovelace' });
    const single = toUserFromModel({
      subjectId: 's1',
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      enabled: false,
      isAccountAdmin: true,
      isMfaEnabled: true,
      properties: ['BER'],
      propertyRoles: [{ id: 'BER', roles: ['FrontDesk'] }],
    });
    expect(single).toMatchObject({ roleIds: ['AccountAdmin', 'FrontDesk'], tenantIds: ['BER'], apaleo: { isPasskeysEnabled: null } });
  });

  it('maps legacy role names onto the current vocabulary', () => {
    expect(roleFromLegacy('FrontOffice')).toBe('FrontDesk');
    expect(roleFromLegacy('FinanceManager')).toBe('Accountant');
    const invitation = toInvitation({
      email: 'x@example.com',
      isAccountAdmin: false,
      role: 'ReservationOffice',
      invitedBy: 'boss@example.com',
      created: '2026-01-02T03:04:05Z',
    });
    expect(invitation).toMatchObject({ id: 'x@example.com', status: 'PENDING', roleIds: ['ReservationManager'], inviterEmail: 'boss@example.com' });
    expect(invitation.createdAt?.toISOString()).toBe('2026-01-02T03:04:05.000Z');
  });
});
