/**
 * Graceful shutdown of a node:http server: on SIGTERM (or SIGINT) readiness turns to `draining`, the
 * server stops accepting connections, idle keep-alive connections close, requests under way run to
 * their end (their responses carry `Connection: close`) for at most `timeoutMs`, then whatever is
 * left is cut and the process exits 0. A second signal cuts the drain short.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface DrainResult {
  /** Requests still running at the deadline (cut). */
  abandoned: number;
  durationMs: number;
}

export interface Drainer {
  /** Requests being served now. */
  readonly inFlight: number;
  /** Stops accepting, waits for in-flight requests up to `timeoutMs`, then closes every connection. */
  drain(timeoutMs: number): Promise<DrainResult>;
  /** Ends a drain under way at once. */
  cutShort(): void;
}

/** Starts counting the server's requests; call before it serves anything. */
export function trackRequests(server: Server): Drainer {
  const active = new Set<ServerResponse>();
  let draining = false;
  let wake: (() => void) | null = null;

  server.on('request', (_req: IncomingMessage, res: ServerResponse) => {
    active.add(res);
    if (draining && !res.headersSent) res.setHeader('connection', 'close');
    res.once('close', () => {
      active.delete(res);
      if (draining) {
        // Its keep-alive connection is idle now: close it so the client reconnects elsewhere.
        server.closeIdleConnections();
        if (active.size === 0) wake?.();
      }
    });
  });

  return {
    get inFlight() {
      return active.size;
    },
    cutShort() {
      wake?.();
    },
    async drain(timeoutMs) {
      const started = Date.now();
      draining = true;
      for (const res of active) if (!res.headersSent) res.setHeader('connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      if (active.size > 0) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, timeoutMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
      const abandoned = active.size;
      server.closeAllConnections();
      await closed;
      return { abandoned, durationMs: Date.now() - started };
    },
  };
}
