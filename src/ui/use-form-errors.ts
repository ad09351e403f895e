/**
 * Turns a rejected mutation's issues into errors per form field. Paths are the mutation's ("patch.email" for an
 * edit); an issue on a field the form does not show (or on the whole mutation) becomes a form-level message.
 */
import { useState } from 'react';
import type { FieldIssue } from '../domain/mutations/define';

export interface FormErrors {
  /** Field name → catalog key of its first error. */
  fields: Record<string, string>;
  /** Catalog keys of errors no field of the form can show. */
  form: string[];
}

export type SubmitResult = { ok: true } | { ok: false; issues: readonly FieldIssue[] };

export function formErrors(issues: readonly FieldIssue[], fields: readonly string[], prefix = ''): FormErrors {
  const result: FormErrors = { fields: {}, form: [] };
  for (const issue of issues) {
    const path = prefix && issue.path.startsWith(`${prefix}.`) ? issue.path.slice(prefix.length + 1) : issue.path;
    const field = path.split('.')[0] ?? '';
    if (fields.includes(field)) result.fields[field] ??= issue.message;
    else if (!result.form.includes(issue.message)) result.form.push(issue.message);
  }
  return result;
}

/** Runs a form's mutation and keeps its errors; `submit` resolves to true when it was saved. */
export function useFormErrors(fields: readonly string[], prefix = '') {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (save: () => Promise<SubmitResult>): Promise<boolean> => {
    setBusy(true);
    try {
      const result = await save();
      setErrors(result.ok ? null : formErrors(result.issues, fields, prefix));
      return result.ok;
    } finally {
      setBusy(false);
    }
  };

  return { errors, busy, submit, clear: () => setErrors(null) };
}
