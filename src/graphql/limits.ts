/**
 * Query limits, checked before anything is resolved (so nothing goes upstream): token count (at
 * parse time), depth, aliases and cost. Cost counts one per field; a connection field multiplies the
 * cost of its selection by its page size (`first` or `last`, default 20), so nested connections
 * multiply. Introspection fields (`__schema`, `__type`, `__typename`) are not counted.
 * Every refusal is a GraphQL error with extensions.code QUERY_TOO_COMPLEX and `limit`, `maximum`, `actual`.
 */
import {
  getNamedType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE } from '../domain/paging.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxCost: 10_000, maxAliases: 30, maxTokens: 3_000 };

export interface QueryMeasure {
  depth: number;
  cost: number;
  aliases: number;
}

export function limitError(limit: 'depth' | 'cost' | 'aliases' | 'tokens', maximum: number, actual: number | null, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, ...(actual == null ? {} : { actual }) } });
}

function pageSize(args: readonly { name: { value: string }; value: ValueNode }[] | undefined, variables: Record<string, unknown>): number {
  for (const name of ['first', 'last']) {
    const arg = args?.find((a) => a.name.value === name);
    if (!arg) continue;
    let value: unknown = null;
    if (arg.value.kind === Kind.INT) value = Number(arg.value.value);
    else if (arg.value.kind === Kind.VARIABLE) value = variables[arg.value.name.value];
    if (typeof value === 'number' && Number.isFinite(value)) return Math.max(1, Math.floor(value));
  }
  return DEFAULT_PAGE_SIZE;
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
}

/** Measures one operation of a validated document. */
export function measure(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> = {}): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => (operationName ? o.name?.value === operationName : true));
  if (!operation) return { depth: 0, cost: 0, aliases: 0 };
  const root =
    operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  let aliases = 0;

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType | null | undefined, depth: number, seen: Set<string>): { depth: number; cost: number } => {
    let maxDepth = depth;
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (selection.alias) aliases += 1;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        let childCost = 0;
        let childDepth = depth + 1;
        if (selection.selectionSet) {
          const child = visit(selection.selectionSet, type && isCompositeType(type) ? type : null, depth + 1, seen);
          childCost = child.cost;
          childDepth = child.depth;
        }
        const multiplier = type && isConnection(type) ? pageSize(selection.arguments, variables) : 1;
        cost += 1 + childCost * multiplier;
        maxDepth = Math.max(maxDepth, childDepth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        const child = visit(selection.selectionSet, type && isCompositeType(type) ? type : null, depth, seen);
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        const child = visit(fragment.selectionSet, type && isCompositeType(type) ? type : null, depth, new Set([...seen, name]));
        cost += child.cost;
        maxDepth = Math.max(maxDepth, child.depth);
      }
    }
    return { depth: maxDepth, cost };
  };

  const result = visit(operation.selectionSet, root, 0, new Set());
  return { depth: result.depth, cost: result.cost, aliases };
}

/** The first limit a measured operation breaks, or null. */
export function checkLimits(limits: QueryLimits, m: QueryMeasure): GraphQLError | null {
  if (m.depth > limits.maxDepth) return limitError('depth', limits.maxDepth, m.depth, `Query depth ${m.depth} exceeds the maximum of ${limits.maxDepth}`);
  if (m.aliases > limits.maxAliases) return limitError('aliases', limits.maxAliases, m.aliases, `Query uses ${m.aliases} aliases; the maximum is ${limits.maxAliases}`);
  if (m.cost > limits.maxCost) {
    return limitError(
      'cost',
      limits.maxCost,
      m.cost,
      `Query cost ${m.cost} exceeds the maximum of ${limits.maxCost} (each field costs 1; a connection multiplies its selection by first/last, default ${DEFAULT_PAGE_SIZE})`,
    );
  }
  return null;
}

/** Counts lexical tokens, stopping once past `stopAfter`; a lexing error is left for the parser to report. */
export function countTokens(source: string, stopAfter: number): number {
  const lexer = new Lexer(new Source(source));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      count += 1;
      if (count > stopAfter) break;
    }
  } catch {
    // a syntax error: parse() reports it with its position
  }
  return count;
}

/** The yoga plugin: token count at parse time; depth, aliases and cost before execution. */
export function useQueryLimits(limits: QueryLimits): Plugin {
  return {
    onParse({ params }) {
      const tokens = countTokens(typeof params.source === 'string' ? params.source : params.source.body, limits.maxTokens);
      if (tokens > limits.maxTokens) {
        throw limitError('tokens', limits.maxTokens, null, `The query has more than ${limits.maxTokens} tokens; the maximum is ${limits.maxTokens}`);
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const error = checkLimits(limits, measure(args.schema, args.document, args.operationName, variables));
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
