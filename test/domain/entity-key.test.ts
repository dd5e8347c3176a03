/** The one codec of the composite `provider:id` key and the global ids built on it (issue 13 item 6). */
import { describe, expect, it } from 'vitest';
import { entityKey, parseKey, splitKey } from '../../src/domain/entity-key.js';
import { InputError } from '../../src/domain/errors.js';
import { decodeGlobalId, decodeId, encodeId, parseId } from '../../src/graphql/global-id.js';

const globalIdOf = (typename: string, provider: 'apaleo' | 'authress', id: string) => encodeId(typename, entityKey(provider, id));

describe('entity key', () => {
  it('round-trips, keeping colons inside the provider’s own id', () => {
    expect(splitKey(entityKey('logto', 'a:b:c'))).toEqual({ provider: 'logto', id: 'a:b:c' });
  });

  it('is null (or an InputError naming the field) for an unknown provider, no colon or an empty id', () => {
    for (const bad of ['nope:1', 'apaleo', 'apaleo:', ':x', '']) expect(splitKey(bad), bad).toBeNull();
    expect(() => parseKey('input.id', 'nope:1', 'the key')).toThrow(InputError);
    try {
      parseKey('input.id', 'nope:1', 'the key');
    } catch (error) {
      expect((error as InputError).field).toBe('input.id');
      expect((error as InputError).reason).toBe('the key names no known provider');
    }
  });
});

describe('global ids', () => {
  it('carry the composite key: the Relay shape answers the loader key, the parts answer provider and id', () => {
    const gid = globalIdOf('User', 'authress', 'u:1');
    expect(gid).toBe(encodeId('User', 'authress:u:1'));
    expect(decodeId(gid)).toEqual({ typename: 'User', id: 'authress:u:1' });
    expect(decodeGlobalId(gid)).toEqual({ typename: 'User', provider: 'authress', id: 'u:1' });
    expect(decodeGlobalId(encodeId('Person', 'ada@x.com'))).toEqual({ typename: 'Person', provider: null, id: 'ada@x.com' });
  });

  it('refuse a foreign type, an unknown provider and the wrong kind with the field named', () => {
    const reasonOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return `${(error as InputError).field}: ${(error as InputError).reason}`;
      }
      return 'no error';
    };
    const foreign = encodeId('Thing', 'apaleo:1');
    expect(reasonOf(() => decodeGlobalId(foreign))).toBe(`id: ${JSON.stringify(foreign)} is not an id issued by this API`);
    const unknown = encodeId('User', 'nope:1');
    expect(reasonOf(() => parseId('input.id', unknown, 'User'))).toBe(`input.id: ${JSON.stringify(unknown)} names no known provider`);
    expect(reasonOf(() => parseId('input.id', encodeId('Person', 'a@b.c'), 'User'))).toBe('input.id: is the id of a Person, not of a User');
    expect(reasonOf(() => parseId('input.id', globalIdOf('Role', 'apaleo', 'X'), 'User'))).toBe('input.id: is the id of a Role, not of a User');
  });
});
