/** For one-button actions (add to a group, delete…): runs the mutation and keeps the message of its first issue. */
import { useCallback, useState } from 'react';
import type { SubmitResult } from './use-form-errors';

export function useActionError() {
  const [error, setError] = useState<string | null>(null);
  // Stable, so a long list's rows can be memoised around the actions that use it (the check-off).
  const run = useCallback(async (action: Promise<SubmitResult>): Promise<boolean> => {
    const result = await action;
    setError(result.ok ? null : (result.issues[0]?.message ?? 'validation.invalid'));
    return result.ok;
  }, []);
  return { error, run };
}
