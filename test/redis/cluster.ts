/** Processes for the replica tests and the `replicas` bench: idgraph replicas (`tsx src/main.ts`) and haproxy. */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export interface Replica {
  name: string;
  port: number;
  child: ChildProcess;
  output: string;
}

export function startReplica(name: string, port: number, env: Record<string, string>): Promise<Replica> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: process.cwd(),
      env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const replica: Replica = { name, port, child, output: '' };
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${replica.output}`)), 40_000);
    const onData = (chunk: Buffer) => {
      replica.output += chunk.toString();
      if (replica.output.includes('idgraph is listening')) {
        clearTimeout(timer);
        resolve(replica);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!replica.output.includes('idgraph is listening')) reject(new Error(`${name} exited with ${code}:\n${replica.output}`));
    });
  });
}

export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A GraphQL query over GET (idempotent: the balancer may retry it on another replica). */
export async function query(port: number, text: string, variables?: Record<string, unknown>): Promise<{ status: number; body: Record<string, any> }> {
  const url = new URL(`http://127.0.0.1:${port}/graphql`);
  url.searchParams.set('query', text);
  if (variables) url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' } });
  const raw = await response.text();
  let body: Record<string, any>;
  try {
    body = JSON.parse(raw) as Record<string, any>;
  } catch {
    body = { raw };
  }
  return { status: response.status, body };
}

export async function mutate(port: number, text: string, variables: Record<string, unknown>): Promise<Record<string, any>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  return (await response.json()) as Record<string, any>;
}

/** haproxy in front of `replicas` (round robin, health checks, retries on another replica), answering once it serves. */
export async function startHaproxy(dir: string, port: number, replicas: Replica[]): Promise<ChildProcess> {
  const cfg = join(dir, 'haproxy.cfg');
  writeFileSync(
    cfg,
    [
      'global',
      '  maxconn 2000',
      'defaults',
      '  mode http',
      '  timeout connect 1s',
      '  timeout client 30s',
      '  timeout server 30s',
      '  retries 3',
      '  option redispatch 1',
      '  retry-on conn-failure empty-response response-timeout',
      'frontend fe',
      `  bind 127.0.0.1:${port}`,
      '  default_backend be',
      'backend be',
      '  balance roundrobin',
      ...replicas.map((r) => `  server ${r.name} 127.0.0.1:${r.port} check inter 200 fall 1 rise 2`),
      '',
    ].join('\n'),
  );
  const haproxy = spawn('haproxy', ['-f', cfg, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      const r = await query(port, '{ __typename }');
      if (r.status === 200) return haproxy;
    } catch {
      // not yet
    }
    if (Date.now() > end) {
      await stopProcess(haproxy);
      throw new Error('haproxy did not come up');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
