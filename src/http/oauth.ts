/**
 * The OAuth2 token response (RFC 6749 §5.1) every client-credentials provider answers; one schema for
 * the providers' auth.ts and for the simulators' token endpoints (src/sandbox/kit/tokens.ts). Unknown
 * fields are kept (some providers add their own).
 */
import { z } from 'zod';

export const TokenResponse = z
  .object({
    access_token: z.string().min(1),
    expires_in: z.number().positive(),
    token_type: z.string().optional(),
    scope: z.string().optional(),
  })
  .loose();
export type TokenResponse = z.infer<typeof TokenResponse>;
