/**
 * Password hashing with scrypt (node:crypto, run off the event loop): `scrypt$N$r$p$salt$hash`, salt and hash in
 * base64, so the cost can be raised later and old hashes still verify with the cost they were made with.
 */
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/** The usual minimum for interactive logins (OWASP): 128·N·r = 128 MiB of memory and some 0.2–0.5 s per check. */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const SALT_BYTES = 16;
const KEY_BYTES = 32;
// node refuses scrypt above maxmem (default 32 MiB); 128·N·r is 128 MiB at the default cost. A stored hash may ask
// for more than that (a cost raised later): up to twice the default is accepted, anything above is a bad hash.
const MAX_MEMORY = 2 * 128 * DEFAULT_COST.N * DEFAULT_COST.r + 1024 * 1024;

function derive(password: string, salt: Buffer, options: ScryptCost, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, length, { ...options, maxmem: MAX_MEMORY }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, cost, KEY_BYTES);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  options: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return null;
  const salt = Buffer.from(parts[4] as string, 'base64');
  const key = Buffer.from(parts[5] as string, 'base64');
  if (salt.length === 0 || key.length === 0) return null;
  return { options: { N, r, p }, salt, key };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.options, parsed.key.length);
  return timingSafeEqual(key, parsed.key);
}

/** True when a hash was made with less work than `cost` asks: the next successful login stores a new one. */
export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_COST): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p } = parsed.options;
  return N < cost.N || r < cost.r || p < cost.p;
}

/** A random password for the first coordinator: 20 URL-safe characters (120 bits). */
export function generatePassword(): string {
  return randomBytes(15).toString('base64url');
}
