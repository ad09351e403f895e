/**
 * What each role may push and pull, as the access table of src/domain/access says: coordinators everything;
 * animators their sign-ups, events, groups and their groups' distribution days; producers their own producer row,
 * offers and baskets, and of a member only what handing a basket over needs.
 */
import type { Role } from '../../domain/access/account';
import { fullAccess, rolePolicy, type AccessPolicy } from './access-policy';
import type { Actor } from './actor';

const POLICIES: Readonly<Record<Role, AccessPolicy>> = {
  coordinator: fullAccess,
  animator: rolePolicy('animator'),
  producer: rolePolicy('producer'),
};

export function accessFor(actor: Actor): AccessPolicy {
  return POLICIES[actor.role];
}
