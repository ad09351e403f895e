/**
 * The check-off's rows, live, from its two shared reads (checkoff-reads.ts): the distribution's setting (its group's
 * contracts, members, offers…) and its check-offs, each undefined while reading. Apart, so that a tick re-reads the
 * check-offs only; already read when the app started on the check-off, so its first render shows the list.
 */
import { useObservable } from 'dexie-react-hooks';
import { checkoffPickups, checkoffSetting } from '../checkoff-reads';

export function useCheckoffRows(distributionId: string) {
  const setting = useObservable(() => checkoffSetting(distributionId), [distributionId]);
  const pickups = useObservable(() => checkoffPickups(distributionId), [distributionId]);
  return { setting, pickups };
}
