/**
 * REQUEST_MAX_BODY_BYTES: a larger body gets 413 REQUEST_ENTITY_TOO_LARGE, a malformed Content-Length
 * 400, as yoga's own limit answers. Yoga's limit pipes every body through a counting stream, which
 * cost ~4% of the CPU of a small query under load (a stream pipeline, an AbortController and a
 * DOMException per request). Here that stream is kept for the bodies that need it: a request that
 * came through Node's HTTP server with a valid Content-Length within the limit is delivered by
 * Node's HTTP parser as exactly that many bytes, so there is nothing to count. A body without
 * Content-Length (chunked), or a request handed to `fetch` directly, is still counted.
 */
import { IncomingMessage } from 'node:http';
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const CONTENT_LENGTH = /^\d+$/;

const tooLarge = () => createGraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });

/** The request with its body counted as it is read: past `limit` bytes, reading fails with 413. */
function counted(request: Request, limit: number, fetchAPI: { TransformStream: typeof TransformStream; Request: typeof Request }): Request {
  const body = request.body;
  if (!body) return request;
  // A native ReadableStream needs the native TransformStream (graphql-yoga#4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > limit) controller.error(tooLarge());
        else controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    body: limited,
    duplex: 'half',
  } as RequestInit);
}

/** Must come after every request parser is registered (the end of the plugin list), with yoga's `maxRequestBodySize: false`. */
export function useRequestBodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI, serverContext }) {
      const declared = request.headers.get('content-length');
      if (declared != null) {
        // One non-negative integer only: several joined values are a request-smuggling attempt.
        if (!CONTENT_LENGTH.test(declared))
          throw createGraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });
        if (Number(declared) > limit) throw tooLarge();
        if ((serverContext as { req?: unknown }).req instanceof IncomingMessage) return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(counted(req, limit, fetchAPI)));
    },
  };
}
