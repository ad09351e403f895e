/** Reads the example and bad CSV files the way the screen does (papaparse, separator from the header), for the domain tests. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { headerDelimiter } from '../../../../src/domain/import/columns';
import type { ExistingData } from '../../../../src/domain/import/import-index';
import type { ImportEnv } from '../../../../src/domain/import/row-planner';
import { newId } from '../../../../src/domain/rows/ids';

export function parseCsv(text: string): string[][] {
  return Papa.parse<string[]>(text, { skipEmptyLines: false, delimiter: headerDelimiter(text) }).data;
}

export function example(name: string): string[][] {
  return parseCsv(readFileSync(resolve(__dirname, '../../../../examples/import', name), 'utf8'));
}

export function fixture(name: string): string[][] {
  return parseCsv(readFileSync(resolve(__dirname, '../../../fixtures/import', name), 'utf8'));
}

export const AREAS = ['Trois-Cités', 'Couronneries', 'Poitiers Sud', 'Buxerolles', 'Saint-Benoît', 'Migné-Auxances'];

export function emptyData(): ExistingData {
  return {
    areas: AREAS.map((name, i) => ({ id: `area-${i}`, name })),
    producers: [],
    groups: [],
    members: [],
    groupLinks: [],
    offers: [],
    contracts: [],
  };
}

export const env: ImportEnv = {
  deviceId: 'device-1',
  deviceName: 'Ordinateur du centre social',
  now: new Date('2026-09-20T10:00:00.000Z'),
  newId,
};
