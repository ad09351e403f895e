import { describe, expect, it } from 'vitest';
import { boundedDistance, comparableName, similarNames, typoTolerance } from '../../../../src/domain/people/similarity';

const name = (first: string, last: string) => comparableName(first, last);

describe('boundedDistance (Damerau–Levenshtein, optimal string alignment)', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one each', () => {
    expect(boundedDistance('durand', 'durand', 2)).toBe(0);
    expect(boundedDistance('durand', 'durant', 2)).toBe(1);
    expect(boundedDistance('durand', 'duran', 2)).toBe(1);
    expect(boundedDistance('durand', 'dudrand', 2)).toBe(1);
    expect(boundedDistance('durand', 'udrand', 2)).toBe(1);
    expect(boundedDistance('martin', 'mratni', 3)).toBe(2);
    expect(boundedDistance('', 'abc', 5)).toBe(3);
  });

  it('stops at the bound and answers bound + 1', () => {
    expect(boundedDistance('durand', 'lefevre', 2)).toBe(3);
    expect(boundedDistance('a', 'abcdefgh', 2)).toBe(3);
  });
});

describe('similarNames', () => {
  it('is the same name without accents, case or word order, within a typo or two', () => {
    expect(similarNames(name('Amelie', 'Durant'), name('Amélie', 'Durand'))).toBe(true);
    expect(similarNames(name('DURAND', 'amélie'), name('Amélie', 'Durand'))).toBe(true);
    expect(similarNames(name('Amleie', 'Durnad'), name('Amélie', 'Durand'))).toBe(true);
    expect(similarNames(name('Jean-Pierre', "L'Hôte"), name('jean pierre', 'l hote'))).toBe(true);
  });

  it('tells short names and other people apart', () => {
    expect(similarNames(name('Léa', ''), name('Léo', ''))).toBe(false);
    expect(similarNames(name('Marie', 'Martin'), name('Paul', 'Martin'))).toBe(false);
    expect(similarNames(name('Amélie', 'Durand'), name('Émilie', 'Dupont'))).toBe(false);
    expect(similarNames(name('', ''), name('', ''))).toBe(false);
  });

  it('allows no typo under five letters, one up to ten, two beyond', () => {
    expect([4, 5, 10, 11].map(typoTolerance)).toEqual([0, 1, 1, 2]);
  });
});
