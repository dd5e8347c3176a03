/** createApp(runtime) → the yoga instance. No listening and no environment reads here. */
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator, type Authenticator } from './auth/authenticator.js';
import type { Config } from './config.js';
import { createContext, type Context } from './context.js';
import { IdgraphError } from './domain/errors.js';
import type { ProviderRegistry } from './domain/provider.js';
import { partialErrorsPlugin } from './graphql/fanout.js';
import { subgraphSchema } from './graphql/schema.js';
import { useCsrfPrevention } from './graphql/csrf.js';
import { DEFAULT_LIMITS, useQueryLimits, type QueryLimits } from './graphql/limits.js';
import { graphiqlOptions, renderGraphiQL, useGraphiQLAssets } from './graphiql.js';

export interface AppOptions {
  providers: ProviderRegistry;
  graphiql?: boolean;
  corsOrigins?: string[] | '*';
  /** Hide internal error details (default true). */
  maskErrors?: boolean;
  /** Depth, cost, alias and token limits (defaults: DEFAULT_LIMITS). */
  limits?: QueryLimits;
  /** Answer introspection queries (default true; off in live mode through the config). */
  introspection?: boolean;
  /** Refuse requests a browser could send cross-site without a preflight (default true). */
  csrfPrevention?: boolean;
  logLevel?: Config['logLevel'];
  /** Caller authentication; omitted = none (every caller has every scope). */
  auth?: Authenticator;
}

/** The app options the configuration asks for (used by main.ts, the tests and the benchmarks). */
export function appOptionsFromConfig(config: Config, providers: ProviderRegistry): AppOptions {
  return {
    providers,
    graphiql: config.graphiql,
    corsOrigins: config.corsOrigins,
    maskErrors: true,
    limits: config.limits,
    introspection: config.introspection,
    csrfPrevention: config.csrfPrevention,
    logLevel: config.logLevel,
    auth: createAuthenticator(config.auth),
  };
}

export const EXAMPLE_QUERY = `# Users of every provider, 5 at a time (add provider: APALEO etc. to pick one)
query Users {
  users(first: 5) {
    edges {
      node {
        id
        provider
        email
        displayName
        status
        roles { name }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}

# One person in every provider (this one exists in all four simulators)
query Person {
  person(email: "ada.lovelace@people.example.com") {
    providers
    accounts { id provider email status }
    invitations { id provider status }
    errors { provider code message }
  }
}

# Off-boarding, as a dry run first
mutation Offboard {
  deprovisionPerson(input: { email: "ada.lovelace@people.example.com", mode: DISABLE, dryRun: true }) {
    ... on DeprovisionReport { complete entries { provider action outcome detail } }
    ... on Error { code message }
  }
}
`;

/** Finds the idgraph error behind a GraphQL error, however deeply it was wrapped. */
function findIdgraphError(error: unknown): IdgraphError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof IdgraphError) return current;
    current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

/** By name, not instanceof: graphql may be loaded twice (ESM and CommonJS builds). */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

export function createApp(options: AppOptions): YogaServerInstance<Record<string, never>, Context> {
  const plugins: Plugin[] = [useQueryLimits(options.limits ?? DEFAULT_LIMITS)];
  if (options.csrfPrevention !== false) plugins.push(useCsrfPrevention());
  if (options.introspection === false) {
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  }
  return createYoga<Record<string, never>, Context>({
    // The subgraph schema: the public API plus Federation's _service and _entities.
    schema: subgraphSchema,
    logging: options.logLevel === 'silent' ? false : (options.logLevel ?? 'info'),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql === false ? false : graphiqlOptions(EXAMPLE_QUERY),
    renderGraphiQL,
    cors:
      options.corsOrigins === '*'
        ? { origin: '*' }
        : { origin: options.corsOrigins ?? [], credentials: true },
    context: async ({ request }) => createContext(options.providers, options.auth ? await options.auth.authenticate(request.headers) : undefined),
    // GraphiQL's assets come first: the CSRF rule would refuse a script or worker load.
    plugins: [...(options.graphiql === false ? [] : [useGraphiQLAssets()]), partialErrorsPlugin(), ...plugins],
    maskedErrors: {
      // Never attach stack traces or original errors, whatever NODE_ENV says.
      isDev: false,
      maskError(error, message) {
        const known = findIdgraphError(error);
        if (known) {
          const graphqlError = isGraphQLError(error) ? error : null;
          return new GraphQLError(known.message, {
            nodes: graphqlError?.nodes,
            source: graphqlError?.source,
            positions: graphqlError?.positions,
            path: graphqlError?.path,
            extensions: { code: known.code, ...known.extensions() },
          });
        }
        if (isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError))) {
          // A GraphQL syntax, validation or coercion error: safe to show, and it gets a code.
          const code = (error.extensions.code as string | undefined) ?? 'BAD_USER_INPUT';
          return new GraphQLError(error.message, { nodes: error.nodes, positions: error.positions, path: error.path, extensions: { ...error.extensions, code } });
        }
        if (options.maskErrors === false && error instanceof Error) return error;
        const path = isGraphQLError(error) ? error.path : undefined;
        return new GraphQLError(message, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
  });
}
