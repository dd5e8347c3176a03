/**
 * /metrics on its own port (METRICS_PORT), without caller authentication: keep that port on a
 * private network (only Prometheus reaches it). Anything but GET/HEAD /metrics answers 404.
 */
import { createServer, type Server } from 'node:http';
import type { Ops } from './index.js';

export async function startMetricsServer(ops: Ops, host: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    ops.metrics.text().then(
      (text) => res.writeHead(200, { 'content-type': ops.metrics.contentType, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}
