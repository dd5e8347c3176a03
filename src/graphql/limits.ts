/**
 * Query limits, checked before anything is resolved (so nothing goes upstream). Depth, aliases,
 * directives and tokens are GraphQL Armor's rules (@escape.tech/graphql-armor-*), configured to
 * answer idgraph's typed error instead of their own: tokens at parse time, depth (fields only:
 * fragments add no level; `__schema` not counted), aliases (`__typename`, `__schema`, `__type` not
 * counted) and directives as validation rules. List lengths and cost are idgraph's own rule, run
 * before execution: armor's cost-limit prices a field by its depth and type (objectCost,
 * scalarCost, depthCostFactor) and cannot multiply a connection's selection by its `first`/`last`,
 * nor read arguments from variables, which is what a page of a connection costs upstream.
 * Arguments are read with the coerced variable values (defaults applied), in the operation and in
 * every fragment, so a value passed inline, in a variable or as a variable's default counts the same.
 * - Cost counts one per field; a connection field multiplies the cost of its selection by its page
 *   size (`first` or `last`, default 20; a size that cannot be known counts as the maximum, 500), so
 *   nested connections multiply. A list field with a list argument (`nodes(ids:)`,
 *   `_entities(representations:)`) multiplies its selection by the argument's length, and every item
 *   of every list argument costs one more.
 * - Every list in an argument or input field (`ids`, `representations`, filters, inputs) may hold at
 *   most `maxListLength` items (MAX_LIST_ARGUMENT, default 100).
 * Introspection fields (`__schema`, `__type`, `__typename`) are not counted in the cost.
 * Every refusal is a GraphQL error with extensions.code QUERY_TOO_COMPLEX and `limit`, `maximum`, `actual`
 * (and `argument` for a list).
 */
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  valueFromAST,
  type ParseOptions,
  type Source,
  type ValidationContext,
  type ValidationRule,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/paging.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxTokens: number;
  /** The most directives in one operation (QUERY_MAX_DIRECTIVES, default 50). */
  maxDirectives?: number;
  /** The most items of any list argument or list input field (default 100). */
  maxListLength?: number;
}

export const DEFAULT_MAX_LIST_LENGTH = 100;
export const DEFAULT_MAX_DIRECTIVES = 50;

export const DEFAULT_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxCost: 10_000,
  maxAliases: 30,
  maxTokens: 3_000,
  maxListLength: DEFAULT_MAX_LIST_LENGTH,
  maxDirectives: 50,
};

export interface QueryMeasure {
  cost: number;
  /** The longest list in any argument, where there is one: its path (`nodes.ids`, `users.filter.propertyIds`) and length. */
  longestList?: { argument: string; length: number };
}

export function limitError(
  limit: 'depth' | 'cost' | 'aliases' | 'directives' | 'tokens' | 'list',
  maximum: number,
  actual: number | null,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, ...(actual == null ? {} : { actual }), ...extra } });
}

/** The coerced argument values of one field (variables with their defaults applied); an argument that cannot be read is left out. */
function argumentValues(
  field: GraphQLField<unknown, unknown> | undefined,
  node: FieldNode,
  variables: Record<string, unknown>,
): Map<string, { value: unknown; type: GraphQLInputType } | null> {
  const values = new Map<string, { value: unknown; type: GraphQLInputType } | null>();
  for (const arg of node.arguments ?? []) {
    const def = field?.args.find((a) => a.name === arg.name.value);
    if (!def) {
      values.set(arg.name.value, null);
      continue;
    }
    // A variable the request left out (and without a default) means the argument is omitted, as in execution.
    if (arg.value.kind === Kind.VARIABLE && !Object.hasOwn(variables, arg.value.name.value)) continue;
    const value = valueFromAST(arg.value, def.type, variables);
    values.set(arg.name.value, value === undefined ? null : { value, type: def.type });
  }
  return values;
}

/** `first` or `last`; omitted or null means the default page size; anything that cannot be known counts as the maximum. */
function pageSize(args: Map<string, { value: unknown; type: GraphQLInputType } | null>): number {
  for (const name of ['first', 'last']) {
    if (!args.has(name)) continue;
    const arg = args.get(name);
    if (arg === null || arg === undefined) return MAX_PAGE_SIZE;
    if (arg.value === null) continue;
    if (typeof arg.value === 'number' && Number.isFinite(arg.value) && arg.value >= 1) return Math.floor(arg.value);
    return MAX_PAGE_SIZE;
  }
  return DEFAULT_PAGE_SIZE;
}

/** Walks a coerced input value along its type: every list's length, with the path to it. */
function walkLists(value: unknown, type: GraphQLInputType, path: string, visit: (path: string, length: number) => void): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return;
    visit(path, value.length);
    for (const item of value) walkLists(item, nullable.ofType as GraphQLInputType, path, visit);
    return;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [name, item] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) walkLists(item, field.type, `${path}.${name}`, visit);
    }
  }
}

/** The operation's variables coerced against their definitions (defaults applied); the raw values when they do not coerce (execution then refuses them). */
function coerceVariables(
  schema: GraphQLSchema,
  operation: { variableDefinitions?: readonly unknown[] } | undefined,
  raw: Record<string, unknown>,
): Record<string, unknown> {
  const definitions = (operation?.variableDefinitions ?? []) as Parameters<typeof getVariableValues>[1];
  const result = getVariableValues(schema, definitions, raw, { maxErrors: 1 });
  return result.coerced ?? raw;
}

function isConnection(type: GraphQLNamedType): boolean {
  return isObjectType(type) && type.name.endsWith('Connection') && 'edges' in type.getFields();
}

/** Measures one operation of a validated document. */
export function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> = {},
): QueryMeasure {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => (operationName ? o.name?.value === operationName : true));
  if (!operation) return { cost: 0 };
  const coerced = coerceVariables(schema, operation, variables);
  let longestList: { argument: string; length: number } | undefined;
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();

  const visit = (set: SelectionSetNode, parent: GraphQLCompositeType | null | undefined, seen: Set<string>): number => {
    let cost = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields()[name] : undefined;
        const type = field ? getNamedType(field.type) : undefined;
        const args = argumentValues(field, selection, coerced);
        // Every list argument: its longest list counts toward the cap, its items toward the cost.
        let listItems = 0;
        let listArgumentLength = 0;
        for (const [argName, arg] of args) {
          if (!arg) continue;
          walkLists(arg.value, arg.type, `${name}.${argName}`, (path, length) => {
            listItems += length;
            if (path === `${name}.${argName}`) listArgumentLength = Math.max(listArgumentLength, length);
            if (!longestList || length > longestList.length) longestList = { argument: path, length };
          });
        }
        const returnsList = field ? isListType(isNonNullType(field.type) ? field.type.ofType : field.type) : false;
        const childCost = selection.selectionSet ? visit(selection.selectionSet, type && isCompositeType(type) ? type : null, seen) : 0;
        const multiplier = type && isConnection(type) ? pageSize(args) : returnsList && listArgumentLength > 0 ? listArgumentLength : 1;
        cost += 1 + listItems + childCost * multiplier;
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += visit(selection.selectionSet, type && isCompositeType(type) ? type : null, seen);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || seen.has(name)) continue;
        const type = schema.getType(fragment.typeCondition.name.value);
        cost += visit(fragment.selectionSet, type && isCompositeType(type) ? type : null, new Set([...seen, name]));
      }
    }
    return cost;
  };

  const cost = visit(operation.selectionSet, root, new Set());
  return { cost, ...(longestList ? { longestList } : {}) };
}

/** The first limit (list length, then cost) a measured operation breaks, or null. */
export function checkLimits(limits: QueryLimits, m: QueryMeasure): GraphQLError | null {
  const maxList = limits.maxListLength ?? DEFAULT_MAX_LIST_LENGTH;
  if (m.longestList && m.longestList.length > maxList) {
    const { argument, length } = m.longestList;
    return limitError('list', maxList, length, `Argument ${argument} has ${length} items; the maximum is ${maxList} (MAX_LIST_ARGUMENT)`, { argument });
  }
  if (m.cost > limits.maxCost) {
    return limitError(
      'cost',
      limits.maxCost,
      m.cost,
      `Query cost ${m.cost} exceeds the maximum of ${limits.maxCost} (each field costs 1; a connection multiplies its selection by first/last, default ${DEFAULT_PAGE_SIZE}; a list argument multiplies by its length)`,
    );
  }
  return null;
}

/** The number armor found (its message ends "…, found N."); null where it does not say. */
function found(error: GraphQLError): number | null {
  const match = /found (\d+)/.exec(error.message);
  return match ? Number(match[1]) : null;
}

const INTROSPECTION = ['__typename', '__schema', '__type'];

/** Armor's depth, alias and directive rules, each reporting idgraph's typed error instead of its own. */
export function limitRules(limits: QueryLimits): ValidationRule[] {
  const maxDirectives = limits.maxDirectives ?? DEFAULT_MAX_DIRECTIVES;
  type Report = (context: ValidationContext | null, error: GraphQLError) => void;
  const report =
    (make: (actual: number | null) => GraphQLError): Report =>
    (context, error) =>
      context?.reportError(make(found(error)));
  return [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [report((actual) => limitError('depth', limits.maxDepth, actual, `Query depth ${actual} exceeds the maximum of ${limits.maxDepth}`))],
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      allowList: INTROSPECTION,
      propagateOnRejection: false,
      onReject: [report((actual) => limitError('aliases', limits.maxAliases, actual, `Query uses ${actual} aliases; the maximum is ${limits.maxAliases}`))],
    }),
    maxDirectivesRule({
      n: maxDirectives,
      propagateOnRejection: false,
      onReject: [report((actual) => limitError('directives', maxDirectives, actual, `Query uses ${actual} directives; the maximum is ${maxDirectives}`))],
    }),
  ];
}

/** Parses with armor's token-counting parser: past `maxTokens` tokens, idgraph's typed error (a syntax error is the parser's own). */
export function parseWithTokenLimit(source: string | Source, maxTokens: number, options?: ParseOptions): DocumentNode {
  const parser = new MaxTokensParserWLexer(source, {
    ...options,
    n: maxTokens,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw limitError('tokens', maxTokens, null, `The query has more than ${maxTokens} tokens; the maximum is ${maxTokens}`);
      },
    ],
  });
  return parser.parseDocument();
}

/**
 * Whether no variable of the document can change its measure: the measure reads only page sizes
 * (Int) and list lengths, so a variable of another scalar or of an enum type (an email, a provider,
 * an id) cannot; an Int, a list or an input object (which may hold either) might.
 */
function measureIgnoresVariables(schema: GraphQLSchema, document: DocumentNode): boolean {
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const type = variable.type.kind === Kind.NON_NULL_TYPE ? variable.type.type : variable.type;
      if (type.kind !== Kind.NAMED_TYPE || type.name.value === 'Int') return false;
      const named = schema.getType(type.name.value);
      if (!named || isInputObjectType(named)) return false;
    }
  }
  return true;
}

/**
 * `measure`, remembered per document (yoga's parse cache hands the same DocumentNode to the same
 * query text) and operation when no variable can change it (measureIgnoresVariables).
 */
const MEASURES = new WeakMap<DocumentNode, { fixed: boolean; byOperation: Map<string, QueryMeasure> }>();
function measured(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown>): QueryMeasure {
  let known = MEASURES.get(document);
  if (!known) MEASURES.set(document, (known = { fixed: measureIgnoresVariables(schema, document), byOperation: new Map() }));
  if (!known.fixed) return measure(schema, document, operationName, variables);
  const key = operationName ?? '';
  let m = known.byOperation.get(key);
  if (!m) known.byOperation.set(key, (m = measure(schema, document, operationName, variables)));
  return m;
}

/** The yoga plugin: token count at parse time; depth, aliases and directives at validation; list lengths and cost before execution. */
export function useQueryLimits(limits: QueryLimits): Plugin {
  const rules = limitRules(limits);
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => parseWithTokenLimit(source, limits.maxTokens, options));
    },
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = checkLimits(limits, measured(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>));
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}
