import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mutate } from '../../db/mutators';
import type { EventRow } from '../../domain/people/entities';
import { Field } from '../../ui/field';
import { useFormErrors } from '../../ui/use-form-errors';
import { parseCount } from './event-values';

/** The visitors not named (festival stands see many people who leave no name): a count, saved on its own. */
export function VisitorCountForm({ event }: { event: EventRow }) {
  const { t } = useTranslation();
  const stored = event.visitorCount ?? 0;
  const [text, setText] = useState(String(stored));
  const [saved, setSaved] = useState(false);
  const { errors, busy, submit, clear } = useFormErrors(['visitorCount'], 'patch');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const visitorCount = parseCount(text);
    if (visitorCount === stored) {
      clear();
      return;
    }
    setSaved(await submit(() => mutate('event.update', { id: event.id, patch: { visitorCount } })));
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="event-visitors-title">
      <h2 id="event-visitors-title">{t('programme.event.visitorsTitle')}</h2>
      <Field
        label={t('programme.event.fields.visitorCount')}
        hint={t('programme.event.visitorsHint')}
        error={errors?.fields.visitorCount ?? errors?.form[0]}
      >
        {(control) => (
          <input {...control} type="number" inputMode="numeric" min={0} step={1} value={text} onChange={(e) => setText(e.target.value)} />
        )}
      </Field>
      {saved && (
        <p className="notice" role="status">
          {t('programme.event.visitorsSaved')}
        </p>
      )}
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('common.actions.save')}
        </button>
      </div>
    </form>
  );
}
