import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../ui/checkbox-field';
import { FieldError } from '../../ui/field';
import { useFormats } from '../../ui/use-formats';

interface Props {
  /** Every date the list shows, in order. */
  candidates: readonly string[];
  /** The ticked ones. */
  ticked: readonly string[];
  onToggle: (date: string) => void;
  onAdd: (date: string) => void;
  /** A catalog key (validation.*). */
  error?: string;
}

/** The season's delivery dates as boxes to untick, and a date input to add one the rhythm does not give. */
export function DeliveryDatesField({ candidates, ticked, onToggle, onAdd, error }: Props) {
  const { t } = useTranslation();
  const { day } = useFormats();
  const [extra, setExtra] = useState('');
  const baseId = useId();
  const errorId = error ? `${baseId}-error` : undefined;
  const add = () => {
    if (!extra) return;
    onAdd(extra);
    setExtra('');
  };

  return (
    <fieldset aria-describedby={errorId}>
      <legend>{t('contracts.form.deliveryDates', { count: ticked.length })}</legend>
      {candidates.length === 0 && <p className="hint">{t('contracts.form.noDates')}</p>}
      {candidates.map((date) => (
        <CheckboxField key={date} label={day(date)} checked={ticked.includes(date)} onChange={() => onToggle(date)} />
      ))}
      <div className="field">
        <label htmlFor={`${baseId}-add`}>{t('contracts.form.addDate')}</label>
        <div className="actions">
          <input id={`${baseId}-add`} type="date" value={extra} onChange={(e) => setExtra(e.target.value)} />
          <button type="button" onClick={add}>
            {t('contracts.form.add')}
          </button>
        </div>
      </div>
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}
