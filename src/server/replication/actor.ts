import type { Account } from '../../domain/access/account';

/** Who is syncing: the account behind the session and the device it was opened on. */
export interface Actor extends Account {
  clientId: string;
}
