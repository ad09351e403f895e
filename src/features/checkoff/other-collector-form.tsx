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
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onConfirm(name);
  };
  return (
    <form onSubmit={submit} className="other-collector">
      <Field label={t('checkoff.other.name')}>
        {(control) => <input {...control} ref={input} value={name} maxLength={120} autoComplete="off" onChange={(e) => setName(e.target.value)} />}
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
