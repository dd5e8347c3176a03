/**
 * npm run build: src/main.ts and everything it imports, production dependencies included, bundled by
 * esbuild into dist/main.js (one file loads in a fraction of the time of hundreds of modules; no tsx
 * and no TypeScript at run time). Type checking is `npm run typecheck` (tsc), not part of the bundle.
 * `--outdir DIR` writes elsewhere (the production-start test does); `--entry FILE` bundles another entry
 * point with the same settings, into DIR/<its name>.js (the benchmarks measure the production build of
 * idgraph's app this way: test/bench/remote.ts).
 */
import { build } from 'esbuild';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? resolve(process.argv[at + 1]) : fallback;
};
const outdir = arg('--outdir', resolve(root, 'dist'));
const entry = arg('--entry', resolve(root, 'src/main.ts'));
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: [entry],
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
  // Packages that ship CommonJS and ESM builds: the CommonJS one, as under tsx (graphql is resolved
  // by the plugin below).
  mainFields: ['main', 'module'],
  // Bundled CommonJS packages call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __idgraphCreateRequire } from 'node:module'; const require = __idgraphCreateRequire(import.meta.url);" },
  // The bundle runs without node_modules: GraphiQL's asset path takes its version from here.
  define: {
    __IDGRAPH_GRAPHIQL_VERSION__: JSON.stringify(
      JSON.parse(readFileSync(resolve(root, 'node_modules/@graphql-yoga/render-graphiql/package.json'), 'utf8')).version,
    ),
  },
  // PGlite (the embedded audit store) loads its WebAssembly and data files next to its own module:
  // it stays in node_modules (a production dependency), loaded only when the audit store opens.
  external: ['@electric-sql/pglite'],
  plugins: [
    {
      // graphql ships CommonJS and ESM builds, and every package must share one copy, or graphql's
      // realm check fails. The ESM one: the executor's (ESM) imports of it then bind directly, where
      // from the CommonJS copy each access (isListType, getNamedType…, per field of every object)
      // went through one of esbuild's interop getters (4% of a simple query's CPU). CommonJS packages
      // that require() it (Apollo's subgraph) get the same ESM copy.
      name: 'one-graphql-esm',
      setup(b) {
        b.onResolve({ filter: /^graphql(\/.*)?$/ }, (args) => {
          const path = resolve(root, 'node_modules/graphql', args.path.slice('graphql/'.length) || 'index');
          return { path: existsSync(`${path}.mjs`) ? `${path}.mjs` : resolve(path, 'index.mjs') };
        });
      },
    },
    {
      // Pothos's federation plugin prints the `_service` SDL while it builds the schema (0.2 s of the
      // start); idgraph serves its own, printed on first ask (src/graphql/federation.ts), so Pothos gets
      // a printSubgraphSchema that does not print. Only Pothos's import is redirected.
      name: 'deferred-subgraph-sdl',
      setup(b) {
        b.onResolve({ filter: /^@apollo\/subgraph$/ }, (args) =>
          args.importer.includes('@pothos/plugin-federation') ? { path: resolve(root, 'scripts/deferred-subgraph-sdl.mjs') } : undefined,
        );
      },
    },
  ],
  logLevel: 'warning',
});
console.log(`built ${outdir}/${basename(entry).replace(/\.ts$/, '.js')}`);
