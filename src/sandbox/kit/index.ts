/**
 * The simulator kit: what every provider simulator shares over SimServer (../server.ts). A simulator
 * keeps its store (data, invariants, cascades) and its routes (HTTP, the provider's wire format)
 * and takes the plumbing from here. A new simulator, as the four in src/providers/<name>/ are built:
 *
 * 1. `sandbox-store.ts`: a class holding the data, seeded with `seededRandom` and `seedPeople(id, …)`,
 *    with the operations that keep its invariants (cascades, moves, asynchronous deletes).
 * 2. `sandbox.ts`: `class <Name>Sandbox extends <Name>Store` with a `SimServer` (given a function that
 *    builds the provider's error body), `tokenEndpoint` + `TokenStore` (or its own token check),
 *    `RateLimiter`, `validate(schema, body, toProviderError)` for request bodies, `pageOf`/`pageLink`
 *    or `pageAfter` with `offsetCursor`/`SignedCursors` for lists, and `start()`/`stop()`.
 * 3. Every answer is built `satisfies z.input<typeof WireSchema>` from the provider's wire.ts, so a
 *    simulator that drifts from the wire format idgraph parses does not compile.
 */
export { SimServer, seededRandom, seededUuid, FIRST_NAMES, LAST_NAMES, type SimRequest, type SimResponse } from '../server.js';
export { bearerToken, clientCredentials, tokenEndpoint, TokenStore, type TokenCheck, type TokenGrant } from './tokens.js';
export { RateLimiter } from './rate-limit.js';
export { EMAIL, isEmail, isJsonRequest, receivedType, validate, valueAt, type Validated } from './validate.js';
export { offsetCursor, pageAfter, pageLink, pageOf, queryDigest, SignedCursors } from './paging.js';
export { seedPeople } from './people.js';
