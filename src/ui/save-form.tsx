import { useId, type FormEvent, type ReactNode } from 'react';
import { FormAlert } from './form-alert';
import { FormButtons, type FormCancel } from './form-buttons';
import type { FormErrors } from './use-form-errors';

type SaveFormProps = {
  form: { errors: FormErrors | null; busy: boolean; save: () => Promise<unknown> };
  /** A heading that names the form, for a form that shares its screen with other content. */
  title?: string;
  submitLabel?: string;
  children: ReactNode;
} & FormCancel;

/**
 * A form that saves through its hook on submit: why a save was refused on top, the fields, save and cancel.
 * The browser's own validation is off: the mutation's issues are shown on the fields instead.
 */
export function SaveForm({ form, title, submitLabel, children, ...cancel }: SaveFormProps) {
  const titleId = useId();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.save();
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={title === undefined ? undefined : titleId}>
      {title !== undefined && <h2 id={titleId}>{title}</h2>}
      <FormAlert errors={form.errors} />
      {children}
      <FormButtons busy={form.busy} submitLabel={submitLabel} {...cancel} />
    </form>
  );
}
