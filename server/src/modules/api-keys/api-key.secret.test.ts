import { describe, expect, it } from 'vitest';
import {
  API_KEY_PATTERN,
  apiKeyHash,
  isWellFormedApiKey,
  looksLikeApiKey,
  newApiKeySecret,
} from './api-key.secret.js';

describe('API key secrets', () => {
  it('start with vrk_live_, match the scanner pattern and carry a checksum that holds', () => {
    const secrets = Array.from({ length: 200 }, () => newApiKeySecret());
    for (const secret of secrets) {
      expect(secret).toMatch(API_KEY_PATTERN);
      expect(looksLikeApiKey(secret)).toBe(true);
      expect(isWellFormedApiKey(secret)).toBe(true);
    }
    expect(new Set(secrets).size).toBe(200);
  });

  it('a changed character, a wrong prefix or a wrong length fails the checksum', () => {
    const secret = newApiKeySecret();
    const at = 9 + 5;
    const changed = secret.slice(0, at) + (secret[at] === 'a' ? 'b' : 'a') + secret.slice(at + 1);
    expect(isWellFormedApiKey(changed)).toBe(false);
    expect(isWellFormedApiKey(secret.replace('vrk_live_', 'vrk_test_'))).toBe(false);
    expect(isWellFormedApiKey(secret.slice(0, -1))).toBe(false);
    expect(isWellFormedApiKey(`${secret}x`)).toBe(false);
  });

  it('stores a SHA-256 hex digest, never the secret', () => {
    const secret = newApiKeySecret();
    expect(apiKeyHash(secret)).toMatch(/^[0-9a-f]{64}$/);
    expect(apiKeyHash(secret)).not.toContain(secret.slice(9));
  });
});
