/**
 * The public API without Federation's fields (schema/schema.graphql, codegen.ts, tests): built from the
 * same builder as ./schema.ts, whose import registers every type. The server does not load this module.
 */
import { lexicographicSortSchema } from 'graphql';
import { auditMutations } from '../audit/trail.js';
import { builder } from './builder.js';
import './schema.js';

export const schema = auditMutations(lexicographicSortSchema(builder.toSchema()));
