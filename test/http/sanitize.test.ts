import { describe, expect, it } from 'vitest';
import { checkProviderId, segment } from '../../src/http/ids.js';
// The providers' own id alphabets are registered when the registry loads (src/providers/known.ts); this
// file must not depend on another test file of the same worker having loaded it first.
import '../../src/providers/known.js';
import { MAX_PROVIDER_MESSAGE, sanitizeProviderCode, sanitizeProviderMessage } from '../../src/http/sanitize.js';

describe('sanitizeProviderMessage', () => {
  it('replaces URLs, hosts, IPs and secret-looking values, keeps the meaning', () => {
    const out = sanitizeProviderMessage(
      'Invalid user: password="hunter2" client_secret=abc Bearer eyJhbGciOi.eyJzdWIi.sig see https://internal.example.com/x at 10.0.0.7:5432 and db01.corp.internal',
    )!;
    for (const leak of ['hunter2', 'abc', 'eyJ', 'https://', '10.0.0.7', 'corp.internal']) expect(out).not.toContain(leak);
    expect(out).toMatch(/^Invalid user: password=/);
  });

  it('keeps email addresses and dotted field names, bounds the length, strips control characters', () => {
    expect(sanitizeProviderMessage('User ada@people.example.com already exists (body.email)')).toBe('User ada@people.example.com already exists (body.email)');
    expect(sanitizeProviderMessage('User 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found')).toBe('User 3fa85f64-5717-4562-b3fc-2c963f66afa6 not found');
    expect(sanitizeProviderMessage('key 0123456789abcdef0123456789abcdef leaked')).toBe('key [redacted] leaked');
    const long = sanitizeProviderMessage(`a\u0000b ${'word '.repeat(200)}`)!;
    expect(long.length).toBeLessThanOrEqual(MAX_PROVIDER_MESSAGE);
    expect(long).not.toContain('\u0000');
    expect(sanitizeProviderMessage('   ')).toBeNull();
  });

  it('keeps a plain provider code only', () => {
    expect(sanitizeProviderCode('entity.not_found')).toBe('entity.not_found');
    expect(sanitizeProviderCode('<script>')).toBeNull();
    expect(sanitizeProviderCode('x'.repeat(101))).toBeNull();
  });
});

describe('provider ids in paths', () => {
  it('refuses dot segments and characters outside the alphabet, escapes the rest', () => {
    for (const provider of ['apaleo', 'authress', 'logto', 'lumapps'] as const) {
      expect(() => checkProviderId(provider, '..')).toThrow(/dot segment/);
      expect(() => checkProviderId(provider, '.')).toThrow(/dot segment/);
      expect(() => checkProviderId(provider, '')).toThrow();
    }
    expect(segment('authress', 'oauth|google/123')).toBe('oauth%7Cgoogle%2F123');
    expect(segment('apaleo', 'ada+1@example.com')).toBe('ada%2B1%40example.com');
    expect(() => segment('logto', 'a b')).toThrow(/not a LOGTO id/);
  });
});
