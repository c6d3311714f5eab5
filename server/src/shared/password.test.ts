import { describe, expect, it } from 'vitest';
import { checkPassword, hashPassword, legacyScryptHash, Passwords, type PasswordCost } from './password.js';

const CHEAP: PasswordCost = { memoryKib: 1024, iterations: 1, parallelism: 1 };

describe('passwords', () => {
  it('hashes with argon2id at the given cost and checks the password, NFKC-normalised', async () => {
    const stored = await hashPassword('ｐａｓｓｗｏｒｄ-1', CHEAP);
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=1024,t=1,p=1\$/);
    expect(await checkPassword('password-1', stored, CHEAP)).toEqual({ ok: true, rehash: false });
    expect(await checkPassword('password-2', stored, CHEAP)).toEqual({ ok: false, rehash: false });
  });

  it('asks for a rehash when a right password’s hash is scrypt or of another cost, never for a wrong one', async () => {
    const old = await legacyScryptHash('password-1');
    expect(await checkPassword('password-1', old, CHEAP)).toEqual({ ok: true, rehash: true });
    expect(await checkPassword('password-2', old, CHEAP)).toEqual({ ok: false, rehash: false });
    const weaker = await hashPassword('password-1', CHEAP);
    const stronger: PasswordCost = { ...CHEAP, iterations: 2 };
    expect(await checkPassword('password-1', weaker, stronger)).toEqual({ ok: true, rehash: true });
  });

  it('a stored value of no known scheme never matches', async () => {
    expect((await checkPassword('x', 'plain-text-x', CHEAP)).ok).toBe(false);
    expect((await checkPassword('x', '$argon2id$broken', CHEAP)).ok).toBe(false);
  });

  it('checking nothing is always false', async () => {
    expect(await new Passwords(CHEAP).checkNothing('anything')).toBe(false);
  });
});
