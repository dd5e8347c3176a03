/**
 * The registry of the contract-suite build (vitest project `contract-fake`, which aliases
 * src/providers/registry.ts here): the real providers plus ONE entry for the fake fifth one.
 */
import { apaleo } from '../../src/providers/apaleo/index.js';
import { authress } from '../../src/providers/authress/index.js';
import { logto } from '../../src/providers/logto/index.js';
import { lumapps } from '../../src/providers/lumapps/index.js';
import { fake } from './fake/index.js';

export const PROVIDERS = [apaleo, authress, logto, lumapps, fake] as const;
