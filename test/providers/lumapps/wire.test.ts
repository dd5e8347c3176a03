import { describe, expect, it } from 'vitest';
import { checkPassword, describeLumappsError, listParams } from '../../../src/providers/lumapps/adapter.js';
import { applyFields, countLeaves, parseFields } from '../../../src/providers/lumapps/sandbox.js';
import { ErrorBody, TokenResponse, User, UserListResponse } from '../../../src/providers/lumapps/wire.js';

describe('lumapps wire', () => {
  it('parses the empty list, a page, and keeps unknown user fields', () => {
    expect(UserListResponse.parse({ more: false })).toEqual({ more: false });
    const page = UserListResponse.parse({ items: [{ uid: '1', settings: { a: 1 } }], more: true, cursor: 'c', callId: 'x' });
    expect(page.items?.[0]).toEqual({ uid: '1', settings: { a: 1 } });
  });

  it('rejects drifted bodies', () => {
    expect(UserListResponse.safeParse({ items: {}, more: false }).success).toBe(false);
    expect(User.safeParse({ uid: 1 }).success).toBe(false);
    expect(User.safeParse({ uid: '1', isHidden: 'yes' }).success).toBe(false);
    expect(TokenResponse.safeParse({ access_token: '', expires_in: 10 }).success).toBe(false);
  });

  it('reads Google-style and OAuth2 error bodies', () => {
    const body = {
      error: { code: 404, message: 'User not found: foo@bar.org', errors: [{ domain: 'global', reason: 'notFound', message: 'User not found: foo@bar.org' }] },
    };
    expect(ErrorBody.safeParse(body).success).toBe(true);
    expect(describeLumappsError(404, body)).toEqual({ code: 'notFound', message: 'User not found: foo@bar.org' });
    expect(describeLumappsError(400, { error: 'invalid_request' })).toEqual({ code: 'invalid_request', message: null });
    expect(describeLumappsError(500, 'oops')).toEqual({});
  });

  it('turns the filter into user/list parameters and names bad values', () => {
    expect(
      listParams({ status: 'DISABLED', accountTypes: ['Google', 'okta'], groupIds: ['f1'], includeHidden: true, registeredWithinDays: 30, search: 'ada' }),
    ).toEqual({ status: 'disabled', types: ['google', 'okta'], feeds: ['f1'], showHidden: true, registeredSince: 30, query: 'ada', email: undefined });
    expect(() => listParams({ accountTypes: ['ldap'] })).toThrow(/filter.accountTypes: unknown LUMAPPS account type ldap/);
    expect(() => listParams({ accountTypes: [] })).toThrow(/filter.accountTypes/);
    expect(() => listParams({ groupIds: [''] })).toThrow(/filter.groupIds/);
  });

  it('checks the password rules', () => {
    expect(() => checkPassword({})).not.toThrow();
    expect(() => checkPassword({ password: 'abcdef12', rePassword: 'abcdef12' })).not.toThrow();
    expect(() => checkPassword({ password: 'abcdef12' })).toThrow(/input.rePassword/);
    expect(() => checkPassword({ rePassword: 'abcdef12' })).toThrow(/input.password/);
    expect(() => checkPassword({ password: 'abcdef12', rePassword: 'abcdef13' })).toThrow(/does not match/);
    expect(() => checkPassword({ password: 'ab1', rePassword: 'ab1' })).toThrow(/8 to 128/);
    expect(() => checkPassword({ password: 'abcdefgh', rePassword: 'abcdefgh' })).toThrow(/letter and one digit/);
  });
});

describe('lumapps simulator: fields selector', () => {
  const body = { items: [{ uid: '1', email: 'a', settings: { x: 1, y: 2 } }], more: true, cursor: 'c' };

  it('projects with Google partial-response syntax', () => {
    expect(applyFields(body, parseFields('items(uid,email),more'))).toEqual({ items: [{ uid: '1', email: 'a' }], more: true });
    expect(applyFields(body, parseFields('items/settings/x,cursor'))).toEqual({ items: [{ settings: { x: 1 } }], cursor: 'c' });
    expect(applyFields(body, parseFields('items(uid),items(email)'))).toEqual({ items: [{ uid: '1', email: 'a' }] });
    expect(applyFields(body, parseFields('*'))).toEqual(body);
    expect(countLeaves(body.items)).toBe(4);
  });

  it('rejects malformed selectors', () => {
    for (const bad of ['', 'items(', 'items)', 'a,,b', 'a/']) expect(() => parseFields(bad)).toThrow(/Invalid field selection/);
  });
});
