import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { hash, parseOptions, verify } from '@node-rs/argon2';

/** argon2id cost; the PHC string of every hash carries the cost it was made with. */
export interface PasswordCost {
  memoryKib: number;
  iterations: number;
  parallelism: number;
}

/** OWASP's first argon2id choice (Password Storage Cheat Sheet): 19 MiB, 2 passes, 1 lane. */
export const OWASP_ARGON2ID: PasswordCost = { memoryKib: 19_456, iterations: 2, parallelism: 1 };

export interface PasswordCheck {
  ok: boolean;
  /** The password was right but its hash is of an older scheme or cost: store `hashPassword` of it. */
  rehash: boolean;
}

/** Returns an argon2id PHC string (`$argon2id$v=19$m=…,t=…,p=…$salt$hash`). */
export function hashPassword(password: string, cost: PasswordCost = OWASP_ARGON2ID): Promise<string> {
  return hash(password.normalize('NFKC'), {
    memoryCost: cost.memoryKib,
    timeCost: cost.iterations,
    parallelism: cost.parallelism,
  });
}

/** Checks argon2id hashes and the scrypt hashes written before them (`scrypt$N$r$p$salt$hash`). */
export async function checkPassword(
  password: string,
  stored: string,
  cost: PasswordCost = OWASP_ARGON2ID,
): Promise<PasswordCheck> {
  if (stored.startsWith('$argon2')) {
    let ok: boolean;
    try {
      ok = await verify(stored, password.normalize('NFKC'));
    } catch {
      return { ok: false, rehash: false };
    }
    if (!ok) return { ok, rehash: false };
    const used = parseOptions(stored);
    const rehash =
      !stored.startsWith('$argon2id$') ||
      used.memoryCost !== cost.memoryKib ||
      used.timeCost !== cost.iterations ||
      used.parallelism !== cost.parallelism;
    return { ok, rehash };
  }
  const ok = await checkScrypt(password, stored);
  return { ok, rehash: ok };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  return (await checkPassword(password, stored)).ok;
}

async function checkScrypt(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, expectedHash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !expectedHash) return false;
  const expected = Buffer.from(expectedHash, 'base64url');
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      Buffer.from(salt, 'base64url'),
      expected.length,
      { N: Number(n), r: Number(r), p: Number(p), maxmem: 64 * 1024 * 1024 },
      (error, derived) => (error ? reject(error) : resolve(derived)),
    ),
  );
  return timingSafeEqual(key, expected);
}

/**
 * The scrypt format used before argon2id (N=2^14, r=8, p=1), kept so tests and migrations can make one; new
 * hashes are always argon2id.
 */
export async function legacyScryptHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await new Promise<Buffer>((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, 32, { N: 16384, r: 8, p: 1 }, (error, derived) =>
      error ? reject(error) : resolve(derived),
    ),
  );
  return ['scrypt', 16384, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/**
 * Hashing and checking with the configured cost, plus a dummy hash so that a login for an unknown account
 * does the same work as one for a known account (no timing tells which email addresses exist).
 */
export class Passwords {
  /** Made at start, so that even the first unknown email costs one check and no more. */
  private readonly dummy: Promise<string>;

  constructor(readonly cost: PasswordCost) {
    this.dummy = this.hash(randomBytes(18).toString('base64url'));
  }

  hash(password: string): Promise<string> {
    return hashPassword(password, this.cost);
  }

  check(password: string, stored: string): Promise<PasswordCheck> {
    return checkPassword(password, stored, this.cost);
  }

  /** Spends the time of one check against a hash nobody knows the password of; always false. */
  async checkNothing(password: string): Promise<false> {
    await checkPassword(password, await this.dummy, this.cost);
    return false;
  }
}

export function passwordCostOf(config: {
  passwordHashMemoryKib: number;
  passwordHashIterations: number;
  passwordHashParallelism: number;
}): PasswordCost {
  return {
    memoryKib: config.passwordHashMemoryKib,
    iterations: config.passwordHashIterations,
    parallelism: config.passwordHashParallelism,
  };
}
