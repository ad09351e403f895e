/**
 * The producer the signed-in account speaks for, read from the session kept on this device (so it works offline);
 * null on any other device: the producer's view shows that producer's part. (A distribution's screens get it with
 * their rows instead, readDistributionSetting's ownProducerId, so that a check-off opened cold waits on no read.)
 */
import { producerIdOf } from '../distribution-reads';
import { useSession } from './use-session';

export function useProducerId(): { loading: boolean; producerId: string | null } {
  const session = useSession();
  if (session === undefined) return { loading: true, producerId: null };
  return { loading: false, producerId: producerIdOf(session) };
}
