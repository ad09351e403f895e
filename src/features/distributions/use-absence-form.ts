/** Declaring a member's absence ahead: away with no one to collect, or someone named collects for them. */
import { useState } from 'react';
import { mutate } from '../../db/mutators';
import { useFormErrors } from '../../ui/use-form-errors';

export type AbsenceMode = 'away' | 'proxy';

const EMPTY = { memberId: '', mode: 'away' as AbsenceMode, proxyName: '', note: '' };

export function useAbsenceForm(distributionId: string) {
  const [values, setValues] = useState(EMPTY);
  const { errors, busy, submit } = useFormErrors(['memberId', 'proxyName', 'note']);
  const set = <K extends keyof typeof EMPTY>(key: K, value: (typeof EMPTY)[K]) => setValues((current) => ({ ...current, [key]: value }));

  const save = async () => {
    const proxyName = values.mode === 'proxy' ? values.proxyName.trim() : '';
    const saved = await submit(async () => {
      // An empty proxy name would mean "away": the mutation cannot tell, so the form asks for the name.
      if (values.mode === 'proxy' && proxyName === '')
        return { ok: false, issues: [{ path: 'proxyName', message: 'validation.required' }] };
      return mutate('absence.declare', { distributionId, memberId: values.memberId, proxyName, note: values.note });
    });
    if (saved) setValues(EMPTY);
  };
  return { values, set, errors, busy, save };
}
