/**
 * Structured logs (pino): one line per GraphQL request, and yoga's own lines (through the gate
 * logger, src/auth/http-gate.ts, which keeps client errors at debug).
 *
 * The request line carries: requestId (the caller's `x-request-id` when it is a sane token, else a
 * generated one; echoed in the response header), operation name and type, caller (kind and subject:
 * `caller` is the API key's NAME or the token's `sub`, `callerKind` api-key|jwt|anonymous; never a credential), HTTP status, duration, upstream call
 * count, error codes. Secrets are kept out by construction: the line is built from those fields
 * only (no headers, no bodies, no variables), and pino's redact paths censor the usual secret names
 * should anything ever log an object carrying them.
 *
 * LOG_FORMAT=json: JSON lines on stdout; LOG_FORMAT=pretty (sandbox default): pino-pretty, one line each.
 */
import { randomUUID } from 'node:crypto';
import { pino, type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';
import { getOperationAST } from 'graphql';
import type { Plugin, YogaLogger } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import type { UpstreamCallContext } from '../http/call-context.js';
import { setResponseHeader } from '../http/response-headers.js';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface LoggerOptions {
  level: LogLevel;
  format: 'json' | 'pretty';
  /** Where lines go (tests); stdout by default. */
  destination?: DestinationStream;
}

/** Censored wherever they appear at the top level or one level down. */
const SECRET_KEYS = [
  'authorization',
  'cookie',
  'headers',
  'password',
  'secret',
  'clientSecret',
  'apiKey',
  'token',
  'accessToken',
  'access_token',
  'refreshToken',
  'accessKey',
  'body',
  'variables',
];
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`]);

export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level,
    base: { service: 'idgraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  if (options.format === 'pretty') {
    const stream = pretty({
      destination: options.destination ?? 1,
      colorize: !options.destination && process.stdout.isTTY === true,
      singleLine: true,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname,service',
      sync: true,
    });
    return pino(settings, stream);
  }
  return pino(settings, options.destination ?? pino.destination({ dest: 1, sync: false }));
}

/** yoga's logger interface over pino: an Error argument goes to `err` (message and stack, to the log only). */
export function yogaLoggerOf(logger: Logger): YogaLogger {
  const at =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      if (!logger.isLevelEnabled(level)) return;
      const error = args.find((a): a is Error => a instanceof Error);
      const message = args
        .filter((a) => a !== error)
        .map((a) => (typeof a === 'string' ? a : JSON.stringify(a)))
        .join(' ');
      if (error) logger[level]({ err: error }, message || error.message);
      else logger[level](message);
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** An incoming x-request-id is kept when it is a short token of safe characters; otherwise one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
function requestIdFrom(header: string | null): string {
  return header && REQUEST_ID.test(header) ? header : randomUUID();
}

interface RequestRecord {
  requestId: string;
  startedAt: number;
  operationName?: string | null;
  operationType?: string;
  viewer?: Viewer;
  upstream?: UpstreamCallContext;
  errorCodes: Set<string>;
}

const records = new WeakMap<Request, RequestRecord>();

/** The request id of a request being served (for other plugins, e.g. the audit trail). */
export function requestIdOf(request: Request): string | undefined {
  return records.get(request)?.requestId;
}

/**
 * The request id on every response (`x-request-id`) and one log line per GraphQL request. Put it
 * first among the plugins, so refused callers and probes get the header too.
 * `viewerOf` answers the caller already authenticated at the gate (refused or bad requests never
 * reach execution).
 */
export function useRequestLog(logger: Logger, viewerOf?: (request: Request) => Viewer | undefined): Plugin {
  const log = logger;
  return {
    onRequest({ request }) {
      records.set(request, { requestId: requestIdFrom(request.headers.get('x-request-id')), startedAt: performance.now(), errorCodes: new Set() });
    },
    onParams({ request, params }) {
      const record = records.get(request);
      if (record) record.operationName = params.operationName ?? null;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: Request }).request;
      const record = request && records.get(request);
      if (!record) return;
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      record.operationType = operation?.operation;
      record.operationName = operation?.name?.value ?? record.operationName ?? null;
      const ctx = args.contextValue as { viewer?: Viewer; upstream?: UpstreamCallContext };
      record.viewer = ctx.viewer;
      record.upstream = ctx.upstream;
    },
    onResultProcess({ request, result }) {
      const record = records.get(request);
      if (!record) return;
      for (const one of Array.isArray(result) ? result : [result]) {
        const errors = (one as { errors?: readonly { extensions?: Record<string, unknown> }[] }).errors;
        for (const e of errors ?? []) record.errorCodes.add(typeof e.extensions?.code === 'string' ? e.extensions.code : 'INTERNAL_SERVER_ERROR');
      }
    },
    onResponse({ request, response, serverContext }) {
      const record = records.get(request);
      if (!record) return;
      // Its entry goes with the response: a WeakMap's value is held strongly by every young-generation
      // collection until a full one (V8 clears ephemerons only then), and the record holds the request's
      // upstream call context, so every request's upstream answers were copied and promoted instead of
      // dying young (docs/decisions.md).
      records.delete(request);
      setResponseHeader(response, serverContext, 'x-request-id', record.requestId);
      // The level first: with request lines off, the URL is not even parsed.
      if (!log.isLevelEnabled('info')) return;
      if (!new URL(request.url).pathname.endsWith('/graphql') || request.method === 'OPTIONS') return;
      const viewer = record.viewer ?? viewerOf?.(request);
      if (response.status === 401) record.errorCodes.add('UNAUTHENTICATED');
      const codes = [...record.errorCodes];
      const line = {
        requestId: record.requestId,
        operationName: record.operationName ?? null,
        operationType: record.operationType ?? null,
        // The API key's name or the token's sub (pino-pretty shows it as <caller>); never a credential.
        caller: viewer?.subject ?? null,
        callerKind: viewer?.kind ?? null,
        status: response.status,
        durationMs: Math.round((performance.now() - record.startedAt) * 100) / 100,
        upstreamCalls: record.upstream?.used ?? 0,
        errorCodes: codes,
      };
      if (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) log.error(line, 'graphql request');
      else log.info(line, 'graphql request');
    },
  };
}
