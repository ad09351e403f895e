import { describe, expect, it } from 'vitest';
import { neutraliseCell, neutraliseRows } from '../../../../src/domain/import/csv-safety';

describe('neutraliseCell', () => {
  it.each(['=cmd()', '+33 6 12', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with an apostrophe', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`);
  });

  it.each(['Durand', '', '12', 'a=b', "l'épi"])('leaves %j as it is', (value) => {
    expect(neutraliseCell(value)).toBe(value);
  });

  it('neutralises every cell of every row', () => {
    expect(
      neutraliseRows([
        ['=1', 'ok'],
        ['x', '@y'],
      ]),
    ).toEqual([
      ["'=1", 'ok'],
      ['x', "'@y"],
    ]);
  });
});
