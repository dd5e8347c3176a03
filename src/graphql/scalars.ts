/**
 * DateTime and JSONObject from graphql-scalars (RFC 3339 date-times, JSON objects per ECMA-404), with
 * idgraph's descriptions. DateTime is answered as an ISO 8601 string in UTC (`toISOString()`), as
 * before: the library would hand a Date to the serializer, which prints the same string on the wire
 * but not in an in-process result (federation, tests). A value that does not coerce is a GraphQL
 * coercion error naming the argument (code BAD_USER_INPUT, see maskError in src/app.ts).
 */
import { GraphQLScalarType } from 'graphql';
import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { builder } from './builder.js';

const dateTime = new GraphQLScalarType<Date, string>({
  ...GraphQLDateTime.toConfig(),
  description: 'An instant in time, as an ISO 8601 string in UTC (for example 2026-11-23T09:30:00.000Z).',
  specifiedByURL: 'https://scalars.graphql.org/chillicream/date-time.html',
  serialize: (value) => (GraphQLDateTime.serialize(value) as Date).toISOString(),
  parseValue: (value) => GraphQLDateTime.parseValue(value) as Date,
  parseLiteral: (ast, variables) => GraphQLDateTime.parseLiteral(ast, variables) as Date,
});

const jsonObject = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  ...GraphQLJSONObject.toConfig(),
  description: 'A JSON object, passed through to the provider as it is.',
  serialize: (value) => GraphQLJSONObject.serialize(value) as Record<string, unknown>,
  parseValue: (value) => GraphQLJSONObject.parseValue(value) as Record<string, unknown>,
  parseLiteral: (ast, variables) => GraphQLJSONObject.parseLiteral(ast, variables) as Record<string, unknown>,
});

builder.addScalarType('DateTime', dateTime);
builder.addScalarType('JSONObject', jsonObject);
