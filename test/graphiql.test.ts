/**
 * GraphiQL without internet: the page links only to this server, its assets are served here, and it
 * opens with idgraph's examples as tabs, each of which runs without errors in the sandbox.
 */
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, EXAMPLE_QUERY } from '../src/app.js';
import { exampleTabs, GRAPHIQL_ASSETS_PATH } from '../src/graphiql.js';
import { createTestApp, type TestApp } from './helpers/app.js';

let app: TestApp;
const yoga = createApp({ providers: {}, graphiql: true, logLevel: 'silent' });

beforeAll(async () => {
  app = await createTestApp();
});
afterAll(() => app.close());

describe('GraphiQL', () => {
  it('serves a page whose every URL is on this server', async () => {
    const response = await yoga.fetch('http://idgraph.test/graphql', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(`${GRAPHIQL_ASSETS_PATH}graphiql.js`);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    const options = JSON.parse(/renderYogaGraphiQL\([^,]+, (\{.*\})\);/.exec(html)![1]!) as { defaultTabs: { query: string }[] };
    expect(options.defaultTabs.map((t) => t.query)).toEqual(exampleTabs(EXAMPLE_QUERY).map((t) => t.query));
  });

  it('serves its script, stylesheet, workers and favicon itself, from a script or worker load too (no CSRF refusal)', async () => {
    for (const [name, type] of [
      ['graphiql.js', 'text/javascript'],
      ['graphiql.css', 'text/css'],
      ['editor.worker.js', 'text/javascript'],
      ['json.worker.js', 'text/javascript'],
      ['graphql.worker.js', 'text/javascript'],
      ['favicon.ico', 'image/x-icon'],
    ] as const) {
      const response = await yoga.fetch(`http://idgraph.test${GRAPHIQL_ASSETS_PATH}${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toContain(type);
      expect((await response.arrayBuffer()).byteLength, name).toBeGreaterThan(1_000);
    }
    expect((await yoga.fetch(`http://idgraph.test${GRAPHIQL_ASSETS_PATH}nope.js`)).status).toBe(404);
    expect((await yoga.fetch('http://idgraph.test/graphiql/assets/0.0.0/graphiql.js')).status).toBe(404);
  });

  it('serves nothing when GraphiQL is off', async () => {
    const off = createApp({ providers: {}, graphiql: false, logLevel: 'silent' });
    expect((await off.fetch(`http://idgraph.test${GRAPHIQL_ASSETS_PATH}graphiql.js`)).status).not.toBe(200);
  });

  it('opens with one tab per example: users, person and a dry-run offboarding, each running cleanly', async () => {
    const tabs = exampleTabs(EXAMPLE_QUERY);
    const names = tabs.map((tab) => {
      const operations = parse(tab.query).definitions;
      expect(operations).toHaveLength(1);
      return (operations[0] as { name?: { value: string } }).name?.value;
    });
    expect(names).toEqual(['Users', 'Person', 'Offboard']);
    expect(tabs[2]!.query).toContain('dryRun: true');
    for (const tab of tabs) {
      const result = await app.gql(tab.query);
      expect(result.errors, tab.query).toBeUndefined();
      expect(result.data).not.toBeNull();
    }
  });
});
