/** One member for the detail screen: undefined while loading, null when there is no such member (or it was deleted). */
import { useContractsOfMember } from '../../db/hooks/use-member-links';
import { NO_ROWS, useAreas } from '../../db/hooks/use-lists';
import { useRow } from '../../db/hooks/use-row';

export function useMember(id: string) {
  const member = useRow('members', id);
  // undefined while loading, null for no event or a deleted one.
  const signupEvent = useRow('events', member?.signupEventId ?? null);
  const areas = useAreas();
  const contracts = useContractsOfMember(id);
  // A producer's phone holds members as first name and initial only (the server's projection): no sign-up, no contact.
  const namesOnly = member ? typeof member.signupAt !== 'string' : false;
  return { member, namesOnly, signupEvent, areas: areas ?? NO_ROWS, contracts };
}
