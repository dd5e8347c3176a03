/**
 * GraphiQL in a real browser (Debian's Chromium, headless), against the sandbox started as `npm start`
 * starts it. Every request the page makes is recorded, and any to another host is refused, so the
 * test sees what an offline user sees. Run with `npm run test:browser`; a screenshot is saved to
 * test-artifacts/graphiql.png.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let server: ChildProcess;
let url: URL;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
const requests: string[] = [];
const foreign: string[] = [];
/** The GraphQL responses the page received, by operation name. */
const results: { operationName: string; body: { data?: Record<string, any>; errors?: unknown[] } }[] = [];

/** Starts `npm start` on a free port and waits for the line naming its URL. */
async function startSandbox(): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn('npm', ['start'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const found = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not print its URL:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /idgraph is listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
  });
  return { child, url: new URL(found) };
}

/** The visible text of a Monaco editor, with its non-breaking spaces as plain spaces. */
async function monacoText(selector: string): Promise<string> {
  return (await page.locator(`${selector} .view-lines`).first().innerText()).replace(/\u00a0/g, ' ');
}

/** Selects an example tab, runs it with the execute button, and answers the HTTP response body. */
async function runTab(name: string): Promise<{ data?: Record<string, any>; errors?: unknown[] }> {
  // A click event, not a pointer gesture: the tabs are drag-reorderable, and a synthetic pointer
  // press while their layout animates can become a drag.
  await page.locator(`.graphiql-tab-button[title="${name}"]`).dispatchEvent('click');
  await expect.poll(() => monacoText('.graphiql-query-editor')).toMatch(new RegExp(`(query|mutation) ${name} `));
  await expect.poll(() => page.locator(`.graphiql-tab:has(.graphiql-tab-button[title="${name}"])`).getAttribute('aria-selected')).toBe('true');
  const count = () => results.filter((r) => r.operationName === name).length;
  const before = count();
  // Right after a tab switch GraphiQL can still be wiring the new session to the editor, and an
  // execute click in that instant does nothing; a person would click again, and so does this.
  for (let attempt = 0; attempt < 4 && count() === before; attempt += 1) {
    await page.locator('.graphiql-execute-button').click();
    for (let waited = 0; waited < 5_000 && count() === before; waited += 100) await sleep(100);
  }
  expect(count()).toBeGreaterThan(before);
  return results.filter((r) => r.operationName === name).at(-1)!.body;
}

beforeAll(async () => {
  ({ child: server, url } = await startSandbox());
  userDataDir = mkdtempSync(join(tmpdir(), 'idgraph-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // Record every request; refuse any that leaves the server, as an offline machine would.
  await context.route('**/*', async (route) => {
    const target = new URL(route.request().url());
    requests.push(route.request().url());
    if (target.host === url.host || target.protocol === 'data:' || target.protocol === 'blob:') await route.continue();
    else {
      foreign.push(route.request().url());
      await route.abort('internetdisconnected');
    }
  });
  // Requests that bypass routing (workers, for instance) are checked here too.
  context.on('request', (request) => {
    const target = new URL(request.url());
    if (target.host !== url.host && target.protocol !== 'data:' && target.protocol !== 'blob:' && !foreign.includes(request.url())) foreign.push(request.url());
  });
  context.on('response', async (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || response.url() !== url.href) return;
    const { operationName } = JSON.parse(request.postData() ?? '{}') as { operationName?: string };
    if (operationName) results.push({ operationName, body: (await response.json()) as (typeof results)[number]['body'] });
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 120_000);

afterAll(async () => {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
});

describe('GraphiQL in Chromium', () => {
  it('loads with no request outside the server', async () => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url.href, { waitUntil: 'load' });
    await page.locator('.graphiql-container').first().waitFor({ timeout: 60_000 });
    await page.locator('.graphiql-query-editor .view-lines').first().waitFor({ timeout: 60_000 });
    expect(errors).toEqual([]);
    expect(await page.title()).toBe('idgraph');
    expect(requests.length).toBeGreaterThan(3);
    expect(foreign).toEqual([]);
    for (const request of requests) {
      const target = new URL(request);
      if (target.protocol === 'data:' || target.protocol === 'blob:') continue;
      expect(target.host, request).toBe(url.host);
    }
  });

  it('opens with the examples as tabs', async () => {
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(3);
    const names = await tabs.allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(['Users', 'Person', 'Offboard']);
  });

  it('runs the Users example with one click and shows data', async () => {
    const body = await runTab('Users');
    expect(body.errors).toBeUndefined();
    expect(body.data?.users?.edges.length).toBe(5);
    await expect.poll(() => monacoText('.graphiql-response'), { timeout: 20_000 }).toContain('"users"');
    expect(await monacoText('.graphiql-response')).toContain('"provider": "APALEO"');
  });

  it('runs the dry-run offboarding and the person example', async () => {
    const offboard = await runTab('Offboard');
    expect(offboard.errors).toBeUndefined();
    expect(offboard.data?.deprovisionPerson?.entries.length).toBeGreaterThanOrEqual(4);
    await expect.poll(() => monacoText('.graphiql-response'), { timeout: 20_000 }).toContain('"deprovisionPerson"');

    const person = await runTab('Person');
    expect(person.errors).toBeUndefined();
    expect(person.data?.person?.providers).toEqual(['APALEO', 'AUTHRESS', 'LOGTO', 'LUMAPPS']);
    await expect.poll(() => monacoText('.graphiql-response'), { timeout: 20_000 }).toContain('"person"');
  });

  it('shows descriptions in the docs explorer', async () => {
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByText('Query', { exact: true }).first().click();
    await expect.poll(() => docs.innerText(), { timeout: 20_000 }).toContain('Reads across every configured identity provider.');
    expect(await docs.innerText()).toContain('Lists users in the provider');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql.png'), fullPage: true });
    expect(foreign).toEqual([]);
  });
});
