/**
 * Upstream error text is not passed to callers verbatim: the provider's code is kept (bounded, plain
 * characters), its message is bounded to MAX_PROVIDER_MESSAGE characters with URLs, host names, IP
 * addresses and secret-looking values replaced. The full body goes to the server log at debug only.
 */

export const MAX_PROVIDER_MESSAGE = 200;
const MAX_PROVIDER_CODE = 100;

const SECRET_WORDS =
  '(?:pass(?:word|wd)?|pwd|secret|client[_-]?secret|token|access[_-]?token|refresh[_-]?token|api[_-]?key|apikey|authorization|credentials?|private[_-]?key|session)';

const RULES: [RegExp, string][] = [
  // Control characters (log and terminal injection).
  [/[\u0000-\u001f\u007f]+/g, ' '],
  // URLs of any scheme.
  [/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>)]*/gi, '[url]'],
  // Authorization schemes with their value.
  [/\b(Bearer|Basic|Digest)\s+[A-Za-z0-9._~+/=-]+/gi, '$1 [redacted]'],
  // key=value, key: value, "key":"value" where the key sounds secret.
  [new RegExp(`(${SECRET_WORDS}["']?\\s*[:=]\\s*["']?)[^\\s"',;&]+`, 'gi'), '$1[redacted]'],
  // JWTs.
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]*)?/g, '[redacted]'],
  // IPv4 addresses (with a port).
  [/\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, '[host]'],
  // Host names (not the domain of an email address): with a port, or ending in a common or internal suffix.
  [/(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,62}:\d+\b/gi, '[host]'],
  [
    /(?<![@\w.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:com|net|org|io|de|eu|co|uk|us|app|dev|cloud|internal|local|localdomain|lan|corp|intra|intranet|svc|cluster|home|test|example)\b(?![@\w-])/gi,
    '[host]',
  ],
  [/\blocalhost(?::\d+)?\b/gi, '[host]'],
  // Long runs that look like keys, hashes or tokens (24+ characters of base64/hex without spaces or
  // hyphens, so UUIDs and ids survive).
  [/[A-Za-z0-9+/_]{24,}={0,2}/g, '[redacted]'],
];

/** A bounded, sanitized provider message, or null. */
export function sanitizeProviderMessage(text: string | null | undefined): string | null {
  if (text == null) return null;
  let out = String(text);
  // Bound the work before the rules run.
  if (out.length > 4 * MAX_PROVIDER_MESSAGE) out = out.slice(0, 4 * MAX_PROVIDER_MESSAGE);
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  out = out.replace(/\s{2,}/g, ' ').trim();
  if (out === '') return null;
  return out.length > MAX_PROVIDER_MESSAGE ? `${out.slice(0, MAX_PROVIDER_MESSAGE - 1)}…` : out;
}

/** The provider's own error code, kept when it is a plain, short code; otherwise null. */
export function sanitizeProviderCode(code: string | null | undefined): string | null {
  if (code == null) return null;
  const text = String(code).trim();
  if (text === '' || text.length > MAX_PROVIDER_CODE || !/^[A-Za-z0-9_.:\- ]+$/.test(text)) return null;
  return text;
}
