/**
 * Issue 13: the provider plug-in boundary. Outside src/providers/, generic code names no real provider
 * (descriptions come from the definitions' `notes`, ids from the registry), so adding a provider never
 * means editing it. At most 3 files may; today none does, and this test keeps it that way.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/providers/known.js';
import { described, notesOf } from '../../src/graphql/notes.js';
import { schema } from '../../src/graphql/public-schema.js';

const ROOT = join(import.meta.dirname, '..', '..');
const ALLOWED: readonly string[] = [];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('the provider plug-in boundary', () => {
  it('no file outside src/providers/ names a real provider (at most 3 allowed, listed)', () => {
    const names = new RegExp(PROVIDERS.flatMap((p) => [p.id, p.name]).join('|'), 'i');
    const naming = files(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith('src/providers/') && names.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(ALLOWED.length).toBeLessThanOrEqual(3);
    expect(naming).toEqual(ALLOWED);
  });

  it('src/ has no `data!` and no `as unknown as` (issue 13: typed requests, no escape hatches)', () => {
    const offending = files(join(ROOT, 'src'))
      .map((path) => relative(ROOT, path))
      .filter((path) => /\bdata!|as unknown as/.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(offending).toEqual([]);
  });

  it('descriptions of generic schema elements come from the providers’ notes', () => {
    const withNote = PROVIDERS.filter((p) => p.notes?.['UserFilter.email'] === true).map((p) => p.name);
    expect(withNote.length).toBeGreaterThan(0);
    expect(described('UserFilter.email', 'Exact email address')).toBe(`Exact email address (${withNote.join(', ')}).`);
    const filter = schema.getType('UserFilter');
    const email = filter && 'getFields' in filter ? filter.getFields().email : undefined;
    expect(email?.description).toBe(`Exact email address (${withNote.join(', ')}).`);
    // Every noted coordinate names an element the schema has, so a renamed field cannot leave a stale note behind.
    for (const provider of PROVIDERS) {
      for (const coordinate of Object.keys(provider.notes ?? {})) {
        const [typeName, fieldName] = coordinate.split('.') as [string, string | undefined];
        const type = schema.getType(typeName);
        expect(type, `${provider.id} notes ${coordinate}`).toBeDefined();
        if (fieldName) expect(type && 'getFields' in type ? type.getFields()[fieldName] : undefined, `${provider.id} notes ${coordinate}`).toBeDefined();
      }
    }
    expect(notesOf('Tenant').length).toBeGreaterThan(0);
  });
});
