/**
 * GraphiQL served entirely by idgraph, so it works without internet: the page is small HTML, and its
 * script, stylesheet, Monaco workers and favicon come from /graphiql/assets/<version>/ on this server
 * (the build shipped in @graphql-yoga/render-graphiql, loaded lazily on the first GraphiQL request).
 * yoga's default page loads the same build from a CDN instead.
 *
 * The page opens with idgraph's examples, one tab per operation, so each runs with one click.
 */
import { createRequire } from 'node:module';
import type { GraphiQLOptions, Plugin } from 'graphql-yoga';

/** Set by the production bundle (scripts/build.mjs), which runs without node_modules; read from the package otherwise. */
declare const __IDGRAPH_GRAPHIQL_VERSION__: string | undefined;
const VERSION =
  typeof __IDGRAPH_GRAPHIQL_VERSION__ === 'string'
    ? __IDGRAPH_GRAPHIQL_VERSION__
    : (createRequire(import.meta.url)('@graphql-yoga/render-graphiql/package.json') as { version: string }).version;
export const GRAPHIQL_ASSETS_PATH = `/graphiql/assets/${VERSION}/`;

interface Asset {
  type: string;
  body: Uint8Array<ArrayBuffer> | string;
}

let assets: Promise<Map<string, Asset>> | null = null;

/** The GraphiQL build (about 6 MB of strings): imported on first use, never at start. */
function loadAssets(): Promise<Map<string, Asset>> {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((build) => {
    const js = 'text/javascript; charset=utf-8';
    const faviconBase64 = build.favicon.slice(build.favicon.indexOf(',') + 1);
    return new Map<string, Asset>([
      ['graphiql.js', { type: js, body: build.js }],
      ['graphiql.css', { type: 'text/css; charset=utf-8', body: build.css }],
      ['editor.worker.js', { type: js, body: build.editorWorkerService }],
      ['json.worker.js', { type: js, body: build.jsonWorker }],
      ['graphql.worker.js', { type: js, body: build.graphqlWorker }],
      ['favicon.ico', { type: 'image/x-icon', body: new Uint8Array(Buffer.from(faviconBase64, 'base64')) }],
    ]);
  });
  return assets;
}

/** Serves GET/HEAD /graphiql/assets/<version>/<name>; everything else passes through. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/graphiql/assets/')) return;
      const name = url.pathname.startsWith(GRAPHIQL_ASSETS_PATH) ? url.pathname.slice(GRAPHIQL_ASSETS_PATH.length) : '';
      const asset = (request.method === 'GET' || request.method === 'HEAD') && name ? (await loadAssets()).get(name) : undefined;
      if (!asset) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      endResponse(
        new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, {
          status: 200,
          headers: {
            'content-type': asset.type,
            // The version is in the path, so an asset never changes under its URL.
            'cache-control': 'public, max-age=31536000, immutable',
            'x-content-type-options': 'nosniff',
          },
        }),
      );
    },
  };
}

/** Splits the examples (operations separated by a blank line and a comment) into one tab each. */
export function exampleTabs(examples: string): { query: string }[] {
  return examples
    .split(/\n[ \t]*\n(?=[ \t]*#)/)
    .map((block) => block.trim())
    .filter((block) => block !== '')
    .map((block) => ({ query: `${block}\n` }));
}

export function graphiqlOptions(examples: string): GraphiQLOptions {
  return {
    title: 'idgraph',
    defaultQuery: examples,
    defaultTabs: exampleTabs(examples),
    favicon: `${GRAPHIQL_ASSETS_PATH}favicon.ico`,
  };
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value ?? {})
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** yoga's `renderGraphiQL`: the same page as @graphql-yoga/render-graphiql, with its assets linked instead of inlined. */
export function renderGraphiQL(options: GraphiQLOptions): string {
  const base = GRAPHIQL_ASSETS_PATH;
  const workers = {
    editorWorkerService: `${base}editor.worker.js`,
    json: `${base}json.worker.js`,
    graphql: `${base}graphql.worker.js`,
  };
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="icon" href="${escapeHtml(options.favicon ?? `${base}favicon.ico`)}" />
    <link rel="stylesheet" href="${base}graphiql.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) {
          return ${scriptJson(workers)}[label];
        },
      };
    </script>
    <script src="${base}graphiql.js"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${scriptJson(options)});
    </script>
  </body>
</html>
`;
}
