/**
 * Whether this device's account may run a mutation with these arguments: the access table (src/domain/access)
 * read over this device's session and rows, offline, so that a screen offers only what the server will accept.
 * The arguments are those the caller knows, often only the rows it asks about ({ groupId }): the ones left out are
 * not judged. A row the arguments name that this device does not hold is not taken as the account's.
 */
import { judgeMutation } from '../domain/access/judge';
import type { MutationArgs, MutationName } from '../domain/mutations/registry';
import { deviceReader, sessionAccount } from './access-reader';
import type { CourtCircuitDb } from './database';
import { getSession } from './session';

export type MayArgs<N extends MutationName> = Partial<MutationArgs<N>>;

export async function may<N extends MutationName>(db: CourtCircuitDb, name: N, args: MayArgs<N> = {}): Promise<boolean> {
  const session = await getSession(db);
  // Nobody signed in: what is done here stays on this device until someone signs in, as that account's.
  if (!session) return true;
  const account = sessionAccount(session);
  return (await judgeMutation(account, name, args, deviceReader(db, account))).verdict === 'granted';
}
