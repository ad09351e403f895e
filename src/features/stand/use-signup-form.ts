/** The stand's sign-up form: its persisted draft, its errors, and "save and next". */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EventRow } from '../../domain/people/entities';
import { newId } from '../../domain/rows/ids';
import type { FieldIssue } from '../../domain/mutations/define';
import { readDevice } from '../../db/app-device';
import { mutate } from '../../db/mutators';
import { displayName, type SignupDraft } from './stand-form';
import { useStandStore } from './stand-store';

/** The form's fields in screen order: the first one in error gets the focus. */
export const SIGNUP_FIELDS = [
  'firstName',
  'lastName',
  'phone',
  'email',
  'noContact',
  'quarterId',
  'householdSize',
  'interests',
  'consentGiven',
  'notes',
] as const;

export type SignupField = (typeof SIGNUP_FIELDS)[number];

export const fieldId = (field: SignupField) => `stand-${field}`;

const CONTACT_FIELDS: readonly string[] = ['phone', 'email', 'noContact'];
// The contact rules' errors sit on one field but any of the three contact inputs can fix them.
const CONTACT_MESSAGES: readonly string[] = ['validation.contactRequired', 'validation.noContactWithContact'];
// Long enough to be read at a glance between two people, short enough not to be taken for the next one's.
const CONFIRMATION_MS = 8000;

export function useSignupForm(event: EventRow) {
  const draft = useStandStore((state) => state.draft);
  const updateDraft = useStandStore((state) => state.updateDraft);
  const resetDraft = useStandStore((state) => state.resetDraft);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [saved, setSaved] = useState<{ name: string; at: number } | null>(null);
  const [saving, setSaving] = useState(false);
  // The state above only changes at the next render: two taps in one turn would both read "not saving" and sign
  // the person up twice. The ref is set at once.
  const savingRef = useRef(false);
  const firstNameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (saved === null) return;
    const timer = setTimeout(() => setSaved(null), CONFIRMATION_MS);
    return () => clearTimeout(timer);
  }, [saved]);

  function change(patch: Partial<SignupDraft>) {
    updateDraft(patch);
    const touched = Object.keys(patch);
    const touchesContact = touched.some((key) => CONTACT_FIELDS.includes(key));
    setIssues((current) =>
      current.filter((issue) => !touched.includes(issue.path) && !(touchesContact && CONTACT_MESSAGES.includes(issue.message))),
    );
  }

  async function submit(formEvent: FormEvent) {
    formEvent.preventDefault();
    if (savingRef.current) return;
    savingRef.current = true;
    setSaving(true);
    try {
      const device = await readDevice();
      const at = new Date().toISOString();
      const { checkSignUp } = await import('./check-sign-up');
      const checked = checkSignUp(draft, { id: newId(), eventId: event.id, deviceId: device.clientId, deviceName: device.deviceName, at });
      const result = checked.ok ? await mutate('member.signUp', checked.args) : checked;
      if (result.ok) {
        resetDraft(event.quarterId);
        setIssues([]);
        setSaved({ name: displayName(draft), at: Date.now() });
        firstNameRef.current?.focus();
      } else {
        setIssues(result.issues);
        setSaved(null);
        const first = SIGNUP_FIELDS.find((field) => result.issues.some((issue) => issue.path === field));
        if (first) document.getElementById(fieldId(first))?.focus();
      }
    } finally {
      savingRef.current = false;
      setSaving(false);
    }
  }

  return { draft, change, submit, issues, saving, savedName: saved?.name ?? null, firstNameRef };
}
