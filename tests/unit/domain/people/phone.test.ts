import { describe, expect, it } from 'vitest';
import { normalisePhone } from '../../../../src/domain/people/normalise';
import { formatPhone, storedPhone } from '../../../../src/domain/people/phone';

describe('storedPhone', () => {
  it('stores French numbers in E.164 whatever the way they were typed', () => {
    for (const typed of ['06 12 34 56 78', '0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', '0033612345678', '+33 (0)6 12 34 56 78'])
      expect(storedPhone(typed)).toBe('+33612345678');
  });

  it('keeps foreign numbers international, and an empty one empty', () => {
    expect(storedPhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(storedPhone('+32 470 12 34 56')).toBe('+32470123456');
    expect(storedPhone('  ')).toBe('');
  });

  it('agrees with the comparison used at the stand for French numbers', () => {
    for (const typed of ['06 12 34 56 78', '01-23-45-67-89', '+33 7 00 00 00 01']) expect(storedPhone(typed)).toBe(normalisePhone(typed));
  });
});

describe('formatPhone', () => {
  it('shows French numbers in the national format and others internationally', () => {
    expect(formatPhone('+33612345678')).toBe('06 12 34 56 78');
    expect(formatPhone('06.12.34.56.78')).toBe('06 12 34 56 78');
    expect(formatPhone('+442079460958')).toBe('+44 20 7946 0958');
  });

  it('shows what cannot be read as it is', () => {
    expect(formatPhone('')).toBe('');
    expect(formatPhone('12')).toBe('12');
  });
});
