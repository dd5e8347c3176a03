/**
 * Lets go of what a request's context gathered once it is answered (src/context.ts releaseContext:
 * why). When an execution's result is complete (the last plugin with an onExecuteDone, so every other
 * plugin has seen the context first; a streamed result keeps its context until it ends): the
 * context's upstream answers, loaders and lookups, and yoga's `request` and `params` fields. When the
 * response goes out (the last onResponse, after the request log and the gate have set their headers
 * on Node's response): the server context's Node request and response, which for a single operation
 * is the same object as the GraphQL context.
 */
import type { Plugin } from 'graphql-yoga';
import { releaseContext, type Context } from '../context.js';

/** yoga's GraphQL-level fields of the context; every later hook is handed its own reference to them. */
const YOGA_FIELDS = ['request', 'params'];
/** Node's request and response in the server context; whatwg-node sends the response with its own references. */
const NODE_FIELDS = ['req', 'res'];

function forget(target: unknown, fields: readonly string[]): void {
  if (!target || typeof target !== 'object') return;
  for (const field of fields) if (field in target) Reflect.set(target, field, undefined);
}

export function useReleaseContext(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          const ctx = args.contextValue as Partial<Context>;
          if (!ctx.upstream || !ctx.loaders) return;
          if (result && typeof result === 'object' && Symbol.asyncIterator in result) return;
          releaseContext(ctx as Context);
          forget(args.contextValue, YOGA_FIELDS);
        },
      };
    },
    onResponse({ serverContext }) {
      forget(serverContext, NODE_FIELDS);
    },
  };
}
