import { describe, expect, it } from 'vitest';
import { ROLES } from '../../../../src/domain/access/account';
import { MUTATION_ACCESS } from '../../../../src/domain/access/mutation-access';
import { READ_ACCESS } from '../../../../src/domain/access/read-access';
import { SCOPES } from '../../../../src/domain/access/scopes';
import { mutations } from '../../../../src/domain/mutations/registry';
import { SYNCED_TABLES, type TableName } from '../../../../src/domain/rows/rows';

const ATTENDEE_KINDS = [{ attendeeKind: 'member' }, { attendeeKind: 'producer' }];

describe('the access table', () => {
  it('has one row for every mutation of the registry, and none for a name the registry does not know', () => {
    expect(Object.keys(MUTATION_ACCESS).sort()).toEqual(Object.keys(mutations).sort());
  });

  it('lets the coordinator run every mutation with no scope', () => {
    for (const [name, access] of Object.entries(MUTATION_ACCESS)) expect(access.roles.coordinator, name).toEqual({});
  });

  it('scopes only arguments that name a row, with a scope made for the table that argument names', () => {
    let checked = 0;
    for (const [name, access] of Object.entries(MUTATION_ACCESS)) {
      for (const [role, scopes] of Object.entries(access.roles)) {
        for (const [path, scopeName] of Object.entries(scopes)) {
          const ref = access.refs[path];
          expect(ref, `${name} ${role} ${path}`).toBeDefined();
          const tables: TableName[] =
            typeof ref?.table === 'function'
              ? ATTENDEE_KINDS.map((args) => (ref.table as (a: object) => TableName)(args))
              : [ref?.table as TableName];
          const scopeTables: readonly TableName[] = SCOPES[scopeName].tables;
          expect(
            tables.some((table) => scopeTables.includes(table)),
            `${name}: ${role}'s ${path} names ${tables.join('/')}, ${scopeName} is about ${scopeTables.join(', ')}`,
          ).toBe(true);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('says what every role reads of every synced table, through scopes made for that table', () => {
    for (const role of ROLES) {
      expect(Object.keys(READ_ACCESS[role]).sort(), role).toEqual([...SYNCED_TABLES].sort());
      for (const [table, read] of Object.entries(READ_ACCESS[role])) {
        if (typeof read === 'string') continue;
        expect(SCOPES[read.rows].tables as readonly string[], `${role} ${table}`).toContain(table);
      }
    }
  });
});
