/**
 * A destructive action in two steps: the first press asks, the second (or Cancel) answers; no modal to get lost
 * in. If the action is refused, its first issue is shown in place.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionAlert } from './form-alert';
import { useActionError } from './use-action-error';
import type { SubmitResult } from './use-form-errors';

interface ConfirmButtonProps {
  /** The first button, e.g. "Supprimer". */
  label: string;
  /** The question shown once pressed, e.g. "Supprimer la fiche d'Élodie ?". */
  question: string;
  /** The confirming button, e.g. "Confirmer la suppression". */
  confirmLabel: string;
  onConfirm: () => Promise<SubmitResult>;
  /** Called once the action succeeded (e.g. to leave a screen whose row is gone). */
  onDone?: () => void;
  /** Why the action may not be done now: shown instead of the question, with nothing to confirm. */
  refusal?: ReactNode;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, onDone, refusal }: ConfirmButtonProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const { error, run } = useActionError();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (asking) (confirmRef.current ?? closeRef.current)?.focus();
  }, [asking]);

  const confirm = async () => {
    setBusy(true);
    const done = await run(onConfirm());
    setBusy(false);
    setAsking(false);
    if (done) onDone?.();
  };

  return (
    <>
      <ActionAlert error={error} />
      {asking && refusal ? (
        <div className="card" role="group" aria-label={label}>
          {refusal}
          <div className="actions">
            <button ref={closeRef} type="button" onClick={() => setAsking(false)}>
              {t('common.actions.close')}
            </button>
          </div>
        </div>
      ) : asking ? (
        <div className="card" role="group" aria-label={label}>
          <p>{question}</p>
          <div className="actions">
            <button ref={confirmRef} type="button" className="danger" disabled={busy} onClick={() => void confirm()}>
              {confirmLabel}
            </button>
            <button type="button" disabled={busy} onClick={() => setAsking(false)}>
              {t('common.actions.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(true)}>
          {label}
        </button>
      )}
    </>
  );
}
