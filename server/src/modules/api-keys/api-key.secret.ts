import { createHash, randomInt } from 'node:crypto';
import { crc32 } from 'node:zlib';

/** Every secret starts with this, so secret scanners (and people) can tell a leaked key at a glance. */
export const API_KEY_PREFIX = 'vrk_live_';
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 32 base62 characters: about 190 random bits. */
const RANDOM_LENGTH = 32;
const CHECKSUM_LENGTH = 6;
/** `vrk_live_` + 32 random + 6 checksum characters: what a scanner's rule matches. */
export const API_KEY_PATTERN = /^vrk_live_[0-9A-Za-z]{38}$/;

function base62(value: number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) {
    out = ALPHABET[value % 62]! + out;
    value = Math.floor(value / 62);
  }
  return out;
}

function checksumOf(random: string): string {
  return base62(crc32(`${API_KEY_PREFIX}${random}`), CHECKSUM_LENGTH);
}

/** A new secret: the prefix, random characters and a CRC32 of both (as GitHub's tokens carry one). */
export function newApiKeySecret(): string {
  let random = '';
  for (let i = 0; i < RANDOM_LENGTH; i++) random += ALPHABET[randomInt(62)];
  return `${API_KEY_PREFIX}${random}${checksumOf(random)}`;
}

/** Looks like a key: the bucket it is rate-limited in, and worth a lookup only when its checksum holds. */
export function looksLikeApiKey(token: string): boolean {
  return token.startsWith(API_KEY_PREFIX);
}

/** The prefix, the shape and the checksum hold: a typo or a made-up key costs no database lookup. */
export function isWellFormedApiKey(token: string): boolean {
  if (!API_KEY_PATTERN.test(token)) return false;
  const body = token.slice(API_KEY_PREFIX.length);
  return checksumOf(body.slice(0, RANDOM_LENGTH)) === body.slice(RANDOM_LENGTH);
}

/**
 * What is stored: SHA-256 of the secret. A password needs a slow hash because people choose guessable ones;
 * this secret has ~190 random bits, so no guessing attack exists for a slow hash to slow down, and a fast
 * hash lets every request look its key up by an index in one statement.
 */
export function apiKeyHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
