/**
 * Lets go of what a request's context gathered once its execution is over (src/context.ts
 * releaseContext: why). The last plugin with an onExecuteDone, so every other plugin has seen the
 * context first; a streamed result (an async iterator) keeps its context until it ends.
 */
import type { Plugin } from 'graphql-yoga';
import { releaseContext, type Context } from '../context.js';

const YOGA_FIELDS = ['request', 'req', 'res', 'params'];

export function useReleaseContext(): Plugin {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          const ctx = args.contextValue as Partial<Context>;
          if (!ctx.upstream || !ctx.loaders) return;
          if (result && typeof result === 'object' && Symbol.asyncIterator in result) return;
          releaseContext(ctx as Context);
          // yoga's own fields of the context (the Fetch request, Node's request and response, the
          // params): every later hook is handed its own reference to them.
          for (const field of YOGA_FIELDS) if (field in args.contextValue) Reflect.set(args.contextValue, field, undefined);
        },
      };
    },
  };
}
