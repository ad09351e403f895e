/** The sign-ups a member holds from the members merged into it, without those whose merge was undone. */
import type { MergedSignup } from './entities';

export function liveMergedSignups(member: { mergedSignups?: readonly MergedSignup[] }): MergedSignup[] {
  return (member.mergedSignups ?? []).filter((signup) => signup.undone !== true);
}
