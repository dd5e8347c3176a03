/** The audit trail over HTTP on the embedded store (PGlite in memory); PostgreSQL: test/postgres/audit-trail.test.ts. Failure policy below. */
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { API_KEYS, events, gql, KEYS, trailScenario } from './trail-scenario.js';

trailScenario('embedded store', async () => ({ AUDIT_DATA_DIR: 'memory://' }));
