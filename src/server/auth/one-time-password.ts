/**
 * The password the server makes for a new account or a reset, read aloud or copied by a coordinator: 4 groups of 4
 * capitals and digits, without those one mistakes for another (0/O, 1/I/L), about 79 bits from crypto's random.
 */
import { randomInt } from 'node:crypto';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function oneTimePassword(): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let c = 0; c < 4; c += 1) group += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(group);
  }
  return groups.join('-');
}
