/**
 * Request-body validation with zod, answered in the provider's own error body: the provider passes
 * a function that turns the first issue (or all of them) into its answer.
 */
import type { z } from 'zod';
import type { SimRequest, SimResponse } from '../server.js';

/** The shape a simulator accepts as an email address (lenient, as the providers are). */
export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** Whether the request says its body is JSON (any `…json…` content type, as the providers accept). */
export function isJsonRequest(req: SimRequest): boolean {
  return String(req.headers['content-type'] ?? '').includes('json');
}

export type Validated<T> = { ok: true; data: T } | { ok: false; response: SimResponse };

/** Parses `value` with `schema`; on failure answers what `toError` builds from the issues (in schema order) and the input. */
export function validate<S extends z.ZodType>(
  schema: S,
  value: unknown,
  toError: (issues: z.core.$ZodIssue[], input: unknown) => SimResponse,
): Validated<z.output<S>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, response: toError(result.error.issues, value) };
}

/** The value at an issue's path in the input (for "received …" messages). */
export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value == null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** How zod 3 (and so a simulator mimicking a zod-guarded server) names a received value's type. */
export function receivedType(value: unknown): string {
  return value === undefined ? 'undefined' : value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
