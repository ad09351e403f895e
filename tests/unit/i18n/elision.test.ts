import { describe, expect, it } from 'vitest';
import { elisionContext } from '../../../src/i18n/elision';

describe('elisionContext', () => {
  it.each(['Élodie', 'élodie', 'Anne', 'Ève', 'Œdipe', 'Hugo', 'Hélène', 'Yves', '  Ida'])('elides « de » before %s', (name) => {
    expect(elisionContext(name)).toBe('elided');
  });

  it.each(['Marc', 'Yasmine', 'Yann', 'Zoé', ''])('keeps « de » before %s', (name) => {
    expect(elisionContext(name)).toBeUndefined();
  });
});
