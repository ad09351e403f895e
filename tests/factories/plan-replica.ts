/** A replica in memory for running mutation plans as the device and the server do: rows by table and id, merged by clock. */
import type { PlanContext } from '../../src/domain/mutations/define';
import { mutations, type MutationArgs, type MutationName } from '../../src/domain/mutations/registry';
import { rowKey, type RowWrite, type SyncedRow, type TableName } from '../../src/domain/rows/rows';
import { mergeWrite } from '../../src/domain/rows/merge';

export class Replica {
  readonly rows = new Map<string, SyncedRow>();
  private clock = 0;

  get(table: TableName, id: string): SyncedRow | undefined {
    return this.rows.get(rowKey(table, id));
  }

  /** The writes a mutation's plan makes here, without applying them. */
  plan<N extends MutationName>(name: N, args: MutationArgs<N>): Promise<RowWrite[]> {
    const def = mutations[name];
    const ctx: PlanContext = { read: { get: async (table, id) => this.get(table, id) } };
    return (def.plan as (a: unknown, c: PlanContext) => Promise<RowWrite[]>)(def.args.parse(args), ctx);
  }

  /** Plans and applies a mutation with the next clock (or the one given). */
  async run<N extends MutationName>(name: N, args: MutationArgs<N>, hlc = this.nextClock()): Promise<RowWrite[]> {
    const writes = await this.plan(name, args);
    for (const write of writes) this.apply(write, hlc);
    return writes;
  }

  apply(write: RowWrite, hlc: string): void {
    const merged = mergeWrite(this.get(write.table, write.id), write, hlc);
    if (merged) this.rows.set(rowKey(write.table, write.id), merged);
  }

  nextClock(): string {
    this.clock += 1;
    return `${String(this.clock).padStart(15, '0')}-00000-test`;
  }
}
