/**
 * The production build's stand-in for `@apollo/subgraph` as imported by @pothos/plugin-federation
 * (scripts/build.mjs): Pothos prints the `_service` SDL eagerly while building the schema, which costs
 * a fifth of the start. idgraph replaces that field's resolver with one that prints the SDL on the first
 * ask (src/graphql/federation.ts, secureFederationFields), so Pothos's copy is never served.
 */
export function printSubgraphSchema() {
  return '';
}
