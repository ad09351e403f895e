/**
 * Whether this device's account may organise (distribution days, their absences and volunteers, contracts, groups),
 * read from the session kept on the device so that it works offline. A producer's account may only tick its own
 * baskets: the server refuses the rest at the next sync, after the phone has already shown it done. Here rather than
 * in a feature, since several features hide their actions by it and no feature imports another.
 */
import { useRole } from './use-session';

export function useMayOrganise(): boolean {
  // null: no account on this device, whose changes stay on it until someone signs in.
  const role = useRole();
  // Hidden while the session is read, rather than shown for a moment to a producer.
  return role !== undefined && role !== 'producer';
}
