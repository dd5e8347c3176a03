/**
 * Why not yoga's `useCSRFPrevention` (@graphql-yoga/plugin-csrf-prevention): it refuses every request
 * whose content type is missing or simple unless it carries a preflight header, so every GET without
 * one, and urql sends queries as plain GETs by default (test/clients); it also has no exception for
 * the GraphiQL page and answers a bare 403 without idgraph's CSRF_PREVENTED code. Its POST rule is
 * the one below; the GET rule (refuse only what a browser sends on its own) is idgraph's.
 *
 * CSRF prevention. A cross-site page can make a browser send two kinds of request without a CORS
 * preflight: a "simple" POST (no content type, text/plain, form-urlencoded or multipart), and a GET
 * (links, frames, images, scripts, no-cors fetch). Neither carries idgraph's credentials (the
 * Authorization or X-API-Key header; idgraph uses no cookies), and neither lets the page read the
 * answer unless CORS allows its origin. What is left to prevent is a side effect, and only a mutation
 * has one:
 * - POST with a simple content type is refused unless it carries a preflight header (the rule of
 *   Apollo Server and yoga's csrf plugin). JSON POSTs always need a preflight cross-site.
 * - GET may run queries only (yoga answers a mutation over GET with 405 before executing anything),
 *   which is how urql sends queries by default. A GET a browser sends on its own (a navigation, a
 *   frame, an image, a no-cors fetch: `Sec-Fetch-Mode` other than cors/same-origin from another site,
 *   or an `Accept` that asks for HTML first) is refused all the same, unless it is the GraphiQL page.
 */
import type { Plugin } from 'graphql-yoga';

export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
const SIMPLE_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

/** Whether a GET looks like one a browser sends without script: a navigation or a cross-site no-cors load. */
function browserInitiated(request: Request): boolean {
  const mode = request.headers.get('sec-fetch-mode');
  const site = request.headers.get('sec-fetch-site');
  if (mode === 'navigate' || mode === 'nested-navigate') return true;
  if (mode && mode !== 'cors' && mode !== 'same-origin' && site && site !== 'same-origin' && site !== 'none') return true;
  // Browsers without fetch metadata: a navigation asks for HTML before anything else.
  const accept = (request.headers.get('accept') ?? '').split(',')[0]!.split(';')[0]!.trim().toLowerCase();
  return accept === 'text/html' || accept === 'application/xhtml+xml';
}

export function useCsrfPrevention(options: { graphiql?: boolean } = {}): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') return;
      if (CSRF_HEADERS.some((h) => (request.headers.get(h) ?? '') !== '')) return;
      if (request.method === 'GET') {
        // The GraphiQL page itself (yoga renders it for a GET asking for HTML, before this hook) is not an operation.
        if (options.graphiql && (request.headers.get('accept') ?? '').includes('text/html')) return;
        if (!browserInitiated(request)) return;
      } else {
        const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
        if (!SIMPLE_TYPES.has(type)) return;
      }
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [
              {
                message: `This request looks like a cross-site request: send it with content-type application/json, or add one of the headers ${CSRF_HEADERS.join(', ')}`,
                extensions: { code: 'CSRF_PREVENTED' },
              },
            ],
          }),
          { status: 403, headers: { 'content-type': 'application/json; charset=utf-8' } },
        ),
      );
    },
  };
}
