/**
 * THE list of providers. Adding one = a folder with an index.ts exporting its definition (see
 * README.md here) and one entry below. The order is the order of the Provider enum and of listings.
 */
import { apaleo } from './apaleo/index.js';
import { authress } from './authress/index.js';
import { logto } from './logto/index.js';
import { lumapps } from './lumapps/index.js';

export const PROVIDERS = [apaleo, authress, logto, lumapps] as const;
