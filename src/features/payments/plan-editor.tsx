/** The payment plan of a contract: how many instalments, the remainder's place, the method, and each cheque. */
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../domain/payments/payment-entities';
import { MAX_INSTALMENTS, PAYMENT_METHODS } from '../../domain/payments/payment-entities';
import { useFormats } from '../../ui/use-formats';
import { Field } from '../../ui/field';
import { FormAlert } from '../../ui/form-alert';
import { usePlanEditor } from './use-plan-editor';

interface PlanEditorProps {
  contract: { id: string; startDate: string };
  totalCents: number;
  payments: readonly Payment[];
}

export function PlanEditor({ contract, totalCents, payments }: PlanEditorProps) {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const { values, instalments, set, setCheque, save, errors, busy } = usePlanEditor(contract, totalCents, payments);
  const cheques = values.method === 'cheque';
  return (
    <form
      className="payment-plan"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t('payments.plan.title')}</h2>
      <FormAlert errors={errors} />
      <Field label={t('payments.plan.count')}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={1}
            max={MAX_INSTALMENTS}
            value={values.count || ''}
            // Kept as typed, out of range too: saving then says what is wrong instead of saving another plan.
            onChange={(e) => set({ count: Math.trunc(Number(e.target.value)) || 0 })}
          />
        )}
      </Field>
      <Field label={t('payments.plan.method')}>
        {(control) => (
          <select {...control} value={values.method} onChange={(e) => set({ method: e.target.value as (typeof PAYMENT_METHODS)[number] })}>
            {PAYMENT_METHODS.map((method) => (
              <option key={method} value={method}>
                {t(`payments.method.${method}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('payments.plan.firstMonth')}>
        {(control) => <input {...control} type="month" value={values.firstMonth} onChange={(e) => set({ firstMonth: e.target.value })} />}
      </Field>
      <Field label={t('payments.plan.remainderOn')}>
        {(control) => (
          <select
            {...control}
            value={values.remainderOn}
            onChange={(e) => set({ remainderOn: e.target.value === 'last' ? 'last' : 'first' })}
          >
            <option value="first">{t('payments.plan.remainderFirst')}</option>
            <option value="last">{t('payments.plan.remainderLast')}</option>
          </select>
        )}
      </Field>
      <ol className="plan-instalments" aria-label={t('payments.plan.instalments')}>
        {instalments.map((instalment, i) => (
          <li key={i}>
            <span>{t('payments.plan.instalmentLine', { month: instalment.dueMonth, amount: euros(instalment.amountCents) })}</span>
            {cheques && (
              <span className="cheque-fields">
                <input
                  aria-label={t('payments.plan.chequeNumber', { index: i + 1 })}
                  inputMode="numeric"
                  value={instalment.chequeNumber}
                  onChange={(e) => setCheque(i, { chequeNumber: e.target.value })}
                />
                <input
                  aria-label={t('payments.plan.bank', { index: i + 1 })}
                  value={instalment.bank}
                  onChange={(e) => setCheque(i, { bank: e.target.value })}
                />
              </span>
            )}
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {t('payments.plan.save')}
        </button>
      </div>
    </form>
  );
}
