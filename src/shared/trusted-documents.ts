/**
 * Trusted documents and automatic persisted queries (issue 16, item 4).
 *
 * - Trusted documents (TRUSTED_DOCUMENTS=<manifest path>): only the operations of the manifest are
 *   served, by id; a request carrying a query text, or an id not in the manifest, is refused. The
 *   manifest is what the GraphQL Codegen client preset writes (`persisted-documents.json`,
 *   `{ "<hash>": "<document>" }`), what the Relay compiler writes for persisted queries (the same shape,
 *   `{ "<id>": "<text>" }`), or Apollo's persisted query manifest
 *   (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`). The id is
 *   read from `documentId` (codegen), `doc_id` (Relay) or `extensions.persistedQuery.sha256Hash` (Apollo).
 * - Automatic persisted queries (PERSISTED_QUERIES=true): Apollo's APQ protocol; a hash registered
 *   through one replica is stored in the shared store (Redis when configured) and known to all.
 */
import { readFileSync } from 'node:fs';
import { createGraphQLError, type GraphQLParams, type Plugin } from 'graphql-yoga';
import { useAPQ } from '@graphql-yoga/plugin-apq';
import { defaultExtractPersistedOperationId, usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { SharedStore } from './store.js';

class TrustedDocumentsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrustedDocumentsError';
  }
}

/** Parses a manifest (codegen, Relay or Apollo format) into id → document text. */
export function parseTrustedDocuments(text: string, source = 'TRUSTED_DOCUMENTS'): Map<string, string> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new TrustedDocumentsError(`${source}: the manifest is not JSON`);
  }
  const documents = new Map<string, string>();
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && (raw as { format?: unknown }).format === 'apollo-persisted-query-manifest') {
    const operations = (raw as { operations?: unknown }).operations;
    if (!Array.isArray(operations)) throw new TrustedDocumentsError(`${source}: an Apollo manifest needs an "operations" list`);
    operations.forEach((operation: unknown, index) => {
      const { id, body } = (operation ?? {}) as { id?: unknown; body?: unknown };
      if (typeof id !== 'string' || id === '' || typeof body !== 'string')
        throw new TrustedDocumentsError(`${source}: operations[${index}] needs a string "id" and "body"`);
      documents.set(id, body);
    });
  } else if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [id, body] of Object.entries(raw)) {
      if (typeof body !== 'string') throw new TrustedDocumentsError(`${source}: the document of "${id.slice(0, 80)}" is not a string`);
      documents.set(id, body);
    }
  } else {
    throw new TrustedDocumentsError(`${source}: expected an object of id → document (codegen or Relay) or an Apollo persisted query manifest`);
  }
  if (documents.size === 0) throw new TrustedDocumentsError(`${source}: the manifest lists no documents`);
  return documents;
}

export function loadTrustedDocuments(path: string): Map<string, string> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TrustedDocumentsError(`TRUSTED_DOCUMENTS: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parseTrustedDocuments(text, `TRUSTED_DOCUMENTS (${path})`);
}

/** The document id of a request: codegen's `documentId`, Relay's `doc_id`, or Apollo's persistedQuery hash. */
function documentIdOf(params: GraphQLParams, request: Request): string | null {
  const extra = params as GraphQLParams & { documentId?: unknown; doc_id?: unknown };
  if (typeof extra.documentId === 'string') return extra.documentId;
  if (typeof extra.doc_id === 'string') return extra.doc_id;
  const fromExtensions = defaultExtractPersistedOperationId(params, request, {});
  if (fromExtensions) return fromExtensions;
  // GET: the id in the query string.
  const url = new URL(request.url);
  return url.searchParams.get('documentId') ?? url.searchParams.get('doc_id');
}

/** Allowlist mode: only the manifest's documents run. */
export function useTrustedDocuments(documents: Map<string, string>): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: false,
    extractPersistedOperationId: documentIdOf,
    getPersistedOperation: (id) => documents.get(id) ?? null,
    customErrors: {
      notFound: () =>
        createGraphQLError('PersistedQueryNotFound: this server runs only trusted documents, and this document id is not in its manifest', {
          extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
        }),
      persistedQueryOnly: () =>
        createGraphQLError(
          'this server runs only trusted documents: send the document id (documentId, doc_id or extensions.persistedQuery.sha256Hash), not the query text',
          {
            extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
          },
        ),
      keyNotFound: () =>
        createGraphQLError(
          'this server runs only trusted documents: the request names no document id (documentId, doc_id or extensions.persistedQuery.sha256Hash)',
          {
            extensions: { code: 'PERSISTED_QUERY_ID_REQUIRED', http: { status: 400 } },
          },
        ),
    },
  });
}

/** How long an automatically persisted query is kept after its registration (1 day). */
const APQ_TTL_MS = 24 * 60 * 60 * 1000;

/** Automatic persisted queries, registered in the shared store (so every replica knows every hash). */
export function useAutomaticPersistedQueries(store: SharedStore): Plugin {
  return useAPQ({
    store: {
      get: (hash) => store.get(`apq:${hash}`),
      set: (hash, query) => store.set(`apq:${hash}`, query, APQ_TTL_MS),
    },
  });
}
