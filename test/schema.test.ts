import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subgraphSdl } from '../src/graphql/print-subgraph.js';
import { schema } from '../src/graphql/public-schema.js';

describe('schema/schema.graphql', () => {
  it('is the printed, sorted SDL of the Pothos schema (run `npm run codegen` when this fails)', () => {
    const committed = readFileSync(new URL('../schema/schema.graphql', import.meta.url), 'utf8');
    expect(committed.trim(), 'schema/schema.graphql is stale: run `npm run codegen`').toBe(printSchema(schema).trim());
  });

  it('schema/subgraph.graphql is the printed Federation SDL (run `npm run codegen` when this fails)', () => {
    const committed = readFileSync(new URL('../schema/subgraph.graphql', import.meta.url), 'utf8');
    expect(committed, 'schema/subgraph.graphql is stale: run `npm run codegen`').toBe(subgraphSdl());
  });

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
