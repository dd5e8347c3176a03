/**
 * CSRF prevention (the rule Apollo Server and yoga's csrf plugin use): a request a browser could send
 * cross-site without a preflight (no content type, or text/plain, form-urlencoded or multipart) is
 * refused unless it carries one of the preflight headers. JSON POSTs and GraphiQL are unaffected.
 */
import type { Plugin } from 'graphql-yoga';

export const CSRF_HEADERS = ['x-graphql-yoga-csrf', 'graphql-require-preflight', 'apollo-require-preflight', 'x-apollo-operation-name'];
const SIMPLE_TYPES = new Set(['', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data']);

export function useCsrfPrevention(): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method === 'OPTIONS') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!SIMPLE_TYPES.has(type)) return;
      if (CSRF_HEADERS.some((h) => (request.headers.get(h) ?? '') !== '')) return;
      // The GraphiQL page itself (a browser navigation asking for HTML) is not an operation.
      if (request.method === 'GET' && (request.headers.get('accept') ?? '').includes('text/html')) return;
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
