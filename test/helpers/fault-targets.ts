/**
 * One descriptor per landed provider for the fault-injection and fuzz tests: which simulator route a
 * nullable field hits, which other route answers a sibling field, and which mutation is not idempotent.
 * Each provider's definition carries its row (`test.faults`).
 */
import type { ProviderId } from '../../src/domain/types.js';
import { enumValueOf } from '../../src/providers/define.js';
import { PROVIDERS } from '../../src/providers/known.js';
import type { SimServer } from '../../src/sandbox/server.js';
import type { TestApp } from './app.js';

export interface FaultScenario {
  /** Aliased `hit`: a nullable field whose resolution calls only `hitRoute` (after a token). */
  hit: string;
  hitRoute: string;
  /** Aliased `ok`: a field that calls `okRoute` and must stay intact (non-null) while `hitRoute` is faulted. */
  ok: string;
  okRoute: string;
  /** A write that is not idempotent, answered as a mutation result union with `... on Error` (when `writes`). */
  mutation: { query: string; variables: Record<string, unknown>; route: string; field: string } | null;
}

export interface FaultTarget {
  provider: ProviderId;
  enumValue: string;
  /** The simulator's token endpoint route; null when the provider has none (it signs its own tokens). */
  tokenRoute: string | null;
  /** Whether the provider has a non-idempotent write to test unknown outcomes with. */
  writes: boolean;
  sim(app: TestApp): SimServer;
  scenario(app: TestApp): Promise<FaultScenario>;
}

/** One row per provider of the registry: its definition's `test.faults` hooks (src/providers/<id>/index.ts). */
export const FAULT_TARGETS: FaultTarget[] = PROVIDERS.map((definition) => ({
  provider: definition.id,
  enumValue: enumValueOf(definition.id),
  tokenRoute: definition.test.faults.tokenRoute,
  writes: definition.test.faults.writes,
  sim: (app: TestApp) => app.runtime.simulators[definition.id]!,
  scenario: (app: TestApp) => definition.test.faults.scenario(app),
}));
