/**
 * npm run build: src/main.ts and everything it imports, production dependencies included, bundled by
 * esbuild into dist/main.js (one file loads in a fraction of the time of hundreds of modules; no tsx
 * and no TypeScript at run time). Type checking is `npm run typecheck` (tsc), not part of the bundle.
 * `--outdir DIR` writes elsewhere (the production-start test does).
 */
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const at = process.argv.indexOf('--outdir');
const outdir = resolve(at > 0 ? process.argv[at + 1] : 'dist');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: ['src/main.ts'],
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Dynamic imports become chunks of their own, loaded when first imported: GraphiQL's 9 MB build is
  // then parsed on the first GraphiQL request, not at every start.
  splitting: true,
  // Less to read and parse at start (names are kept, so stack traces and the source map still read).
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  legalComments: 'linked',
  // graphql ships CommonJS and ESM builds; Pothos and Apollo must share one (the CommonJS one, as
  // under tsx), or graphql's realm check fails.
  mainFields: ['main', 'module'],
  // Bundled CommonJS packages call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __idgraphCreateRequire } from 'node:module'; const require = __idgraphCreateRequire(import.meta.url);" },
  // The bundle runs without node_modules: GraphiQL's asset path takes its version from here.
  define: {
    __IDGRAPH_GRAPHIQL_VERSION__: JSON.stringify(JSON.parse(readFileSync('node_modules/@graphql-yoga/render-graphiql/package.json', 'utf8')).version),
  },
  // PGlite (the embedded audit store) loads its WebAssembly and data files next to its own module:
  // it stays in node_modules (a production dependency), loaded only when the audit store opens.
  external: ['@electric-sql/pglite'],
  plugins: [
    {
      // Pothos's federation plugin prints the `_service` SDL while it builds the schema (0.2 s of the
      // start); idgraph serves its own, printed on first ask (src/graphql/federation.ts), so Pothos gets
      // a printSubgraphSchema that does not print. Only Pothos's import is redirected.
      name: 'deferred-subgraph-sdl',
      setup(b) {
        b.onResolve({ filter: /^@apollo\/subgraph$/ }, (args) =>
          args.importer.includes('@pothos/plugin-federation') ? { path: resolve('scripts/deferred-subgraph-sdl.mjs') } : undefined,
        );
      },
    },
  ],
  logLevel: 'warning',
});
console.log(`built ${outdir}/main.js`);
