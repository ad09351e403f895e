/** For one-button actions (add to a group, delete…): runs the mutation and keeps the message of its first issue. */
import { useState } from 'react';
import type { SubmitResult } from './use-form-errors';

export function useActionError() {
  const [error, setError] = useState<string | null>(null);
  const run = async (action: Promise<SubmitResult>): Promise<boolean> => {
    const result = await action;
    setError(result.ok ? null : (result.issues[0]?.message ?? 'validation.invalid'));
    return result.ok;
  };
  return { error, run };
}
