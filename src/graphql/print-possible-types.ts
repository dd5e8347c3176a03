/**
 * Writes schema/possible-types.json: every interface and union of the public schema with the object
 * types that implement it, sorted. Apollo Client needs it (`new InMemoryCache({ possibleTypes })`) to
 * match fragments on abstract types such as `... on Error { code }` in a mutation result union;
 * without it Apollo silently drops those fields. With --check, fails when the committed file is stale.
 * Run by `npm run codegen` / `npm run codegen:check`.
 */
import { isAbstractType, type GraphQLSchema } from 'graphql';
import { isMainModule, writeOrCheck } from './generated-file.js';
import { schema } from './public-schema.js';

export function possibleTypes(from: GraphQLSchema = schema): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const type of Object.values(from.getTypeMap()).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (type.name.startsWith('__') || !isAbstractType(type)) continue;
    result[type.name] = from
      .getPossibleTypes(type)
      .map((t) => t.name)
      .sort();
  }
  return result;
}

export function possibleTypesJson(): string {
  return `${JSON.stringify(possibleTypes(), null, 2)}\n`;
}

if (isMainModule(import.meta.url))
  writeOrCheck(new URL('../../schema/possible-types.json', import.meta.url), 'schema/possible-types.json', possibleTypesJson());
