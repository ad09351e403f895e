import type { Role } from '../../sync/protocol';

/** Who is syncing: the account behind the session and the device it was opened on. */
export interface Actor {
  userId: string;
  role: Role;
  clientId: string;
  /** Consumer groups an animator runs; empty for other roles. */
  groupIds: readonly string[];
  /** The producer row a producer account speaks for; null for other roles. */
  producerId: string | null;
}
