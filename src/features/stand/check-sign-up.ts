/**
 * The check run before saving a sign-up, with the mutation's own schema so that the screen and the mutator never
 * disagree. Its own module: it brings zod, which the stand loads on the first save rather than at first paint.
 */
import { z } from '../../domain/zod';
import { emailSchema, phoneSchema, requireContact } from '../../domain/people/entities';
import { issuesFromZod } from '../../domain/mutations/define';
import { signUpArgs } from '../../domain/mutations/member-mutations';
import { buildSignUpArgs, SIGNUP_MAX_LENGTH, type CheckedSignUp, type SignupContext, type SignupDraft } from './stand-form';

const contactCheck = z.object({ phone: phoneSchema, email: emailSchema, noContact: z.boolean() }).superRefine(requireContact);

/** Every problem of the form at once, as field issues with catalog keys; or the arguments ready for `mutate`. */
export function checkSignUp(draft: SignupDraft, context: SignupContext): CheckedSignUp {
  const args = buildSignUpArgs(draft, context);
  const parsed = signUpArgs.safeParse(args);
  if (parsed.success) return { ok: true, args: parsed.data };
  const issues = issuesFromZod(parsed.error).map((issue) => {
    // A size that is not a number at all gets zod's generic message; the person needs the size's own.
    if (issue.path === 'householdSize') return { ...issue, message: 'validation.householdSize' };
    // "Too long" alone does not say how much to cut: the field's own message gives its limit.
    if (issue.message === 'validation.tooLong' && issue.path in SIGNUP_MAX_LENGTH)
      return { ...issue, message: `stand.form.tooLong.${issue.path}` };
    return issue;
  });
  // zod skips an object's cross-field rules once one field is wrong: run the contact rule on its own so that
  // "no contact" shows with the other errors instead of after they are fixed.
  const contact = contactCheck.safeParse(args);
  if (!contact.success) {
    for (const issue of issuesFromZod(contact.error)) {
      if (!issues.some((known) => known.path === issue.path)) issues.push(issue);
    }
  }
  return { ok: false, issues };
}
