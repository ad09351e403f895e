import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/field';

/** Who collected instead of the member: prefilled with the declared proxy, so usually one tap on "Valider". */
export function OtherCollectorForm({
  initialName,
  onConfirm,
  onCancel,
}: {
  initialName: string;
  onConfirm: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(initialName);
  const [missing, setMissing] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  // Without a name, "collected by someone else" would say nothing more than "collected" when a basket is disputed.
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    onConfirm(trimmed);
  };
  return (
    <form onSubmit={submit} noValidate className="other-collector">
      <Field label={t('checkoff.other.name')} error={missing ? 'checkoff.other.nameRequired' : undefined}>
        {(control) => (
          <input {...control} ref={input} value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />
        )}
      </Field>
      <div className="actions">
        <button type="submit" className="primary">
          {t('checkoff.other.confirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('checkoff.other.cancel')}
        </button>
      </div>
    </form>
  );
}
