/**
 * The simulator kit: what every provider simulator shares over SimServer (../server.ts). A simulator
 * keeps its store (data, invariants, cascades) and its routes (HTTP, the provider's wire format)
 * and takes the plumbing from here.
 */
export { SimServer, seededRandom, seededUuid, FIRST_NAMES, LAST_NAMES, type SimRequest, type SimResponse } from '../server.js';
export { bearerToken, clientCredentials, tokenEndpoint, TokenStore, type TokenCheck, type TokenGrant } from './tokens.js';
export { RateLimiter } from './rate-limit.js';
export { EMAIL, isEmail, receivedType, validate, valueAt, type Validated } from './validate.js';
export { offsetCursor, pageAfter, pageLink, pageOf, queryDigest, SignedCursors } from './paging.js';
export { seedPeople } from './people.js';
