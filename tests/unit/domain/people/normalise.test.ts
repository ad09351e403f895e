import { describe, expect, it } from 'vitest';
import { foldText, isEmail, isPhone, nameKey, normalisePhone, phoneDigitsForSearch } from '../../../../src/domain/people/normalise';

describe('normalisePhone', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['05 49 00 00 00', '+33549000000'],
    ['+32 470 12 34 56', '+32470123456'],
  ])('reads %s as %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['', '12', '06 12 34 56', '06 12 34 56 78 90', '00 12 34 56 78', 'bonjour', '+33 0 12 34 56 78', '06 12 34 56 7a'])(
    'refuses %s',
    (input) => {
      expect(normalisePhone(input)).toBeNull();
      expect(isPhone(input)).toBe(false);
    },
  );
});

describe('names and text', () => {
  it('folds accents, case, apostrophes, hyphens and spaces', () => {
    expect(foldText('  Élodie   DURAND-Lefèvre ')).toBe('elodie durand lefevre');
    expect(foldText('Zoë d’Arçais')).toBe('zoe d arcais');
  });

  it('gives the same name key whatever the order of the parts', () => {
    expect(nameKey('Élodie', 'Durand')).toBe(nameKey('durand', 'ELODIE'));
    expect(nameKey('Élodie', 'Durand')).not.toBe(nameKey('Élodie', 'Dupont'));
  });

  it('searches phones by digits in national form', () => {
    expect(phoneDigitsForSearch('+33 6 12 34 56 78')).toBe('0612345678');
    expect(phoneDigitsForSearch('06 12 34 56 78')).toBe('0612345678');
  });
});

describe('isEmail', () => {
  it.each(['a@b.fr', 'Marie.Martin@exemple.org', ' x@y.co '])('accepts %s', (email) => expect(isEmail(email)).toBe(true));
  it.each(['', 'marie', 'marie@', '@exemple.fr', 'marie@exemple', 'ma rie@exemple.fr'])('refuses %s', (email) =>
    expect(isEmail(email)).toBe(false),
  );
});
