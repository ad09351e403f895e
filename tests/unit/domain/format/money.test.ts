import { describe, expect, it } from 'vitest';
import { centsToInput, formatEuros, parseEuros } from '../../../../src/domain/format/money';

describe('parseEuros', () => {
  it.each([
    ['15,50', 1550],
    ['15.50', 1550],
    ['15,5', 1550],
    ['15', 1500],
    ['15,', 1500],
    [' 15,50 € ', 1550],
    ['0,05', 5],
    ['1\u202f200,00', 120000],
    ['-3,20', -320],
    ['-0,00', 0],
  ])('reads %j as %i cents', (text, cents) => {
    // toBe tells -0 from 0.
    expect(parseEuros(text)).toBe(cents);
  });

  it.each(['', 'abc', '15,555', '1,2,3', '15 euros', ',50', '--1'])('refuses %j', (text) => {
    expect(parseEuros(text)).toBeNull();
  });
});

describe('formatEuros', () => {
  it('shows French prices with a comma and the euro sign after', () => {
    // Intl puts narrow no-break spaces in French: compare with ordinary spaces.
    expect(formatEuros(1550).replace(/\s/g, ' ')).toBe('15,50 €');
    expect(formatEuros(123456).replace(/\s/g, ' ')).toBe('1 234,56 €');
  });

  it('follows the given locale', () => {
    expect(formatEuros(1550, 'en-GB')).toBe('€15.50');
  });
});

describe('centsToInput', () => {
  it('gives back what parseEuros reads', () => {
    for (const cents of [0, 5, 99, 1550, 120000, -320]) expect(parseEuros(centsToInput(cents))).toBe(cents);
    expect(centsToInput(1505)).toBe('15,05');
  });
});
