/** A contract's instalments and what became of each: received (a tap records it today), handed over, cashed. */
import { useTranslation } from 'react-i18next';
import { useMay } from '../../db/hooks/use-may';
import { localToday } from '../../domain/format/day-format';
import type { Payment } from '../../domain/payments/payment-entities';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useFormats } from '../../ui/use-formats';
import { receive } from './payment-actions';

export function InstalmentList({ contractId, payments }: { contractId: string; payments: readonly Payment[] }) {
  const { t } = useTranslation();
  const { euros, day } = useFormats();
  const mayReceive = useMay('payment.receive', { contractId });
  const { error, run } = useActionError();
  return (
    <section>
      <h2>{t('payments.instalments.title')}</h2>
      <ActionAlert error={error} />
      <ul className="instalments">
        {payments.map((payment) => {
          const cheque = payment.method === 'cheque' && payment.chequeNumber ? ` n° ${payment.chequeNumber}` : '';
          const label = t('payments.instalments.line', {
            index: payment.index + 1,
            month: payment.dueMonth,
            amount: euros(payment.amountCents),
            method: `${t(`payments.method.${payment.method}`)}${cheque}`,
          });
          return (
            <li key={payment.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={Boolean(payment.receivedOn)}
                  disabled={mayReceive !== true}
                  onChange={(e) => void run(receive(payment, e.target.checked ? localToday() : null))}
                />
                {label}
              </label>
              <span className="hint">
                {payment.receivedOn
                  ? t('payments.instalments.receivedOn', { day: day(payment.receivedOn) })
                  : t('payments.status.notReceived')}
                {payment.handedAt ? ` · ${t('payments.instalments.handed')}` : ''}
                {payment.confirmedAt ? ` · ${t('payments.instalments.confirmed')}` : ''}
                {payment.cashedIn ? ` · ${t('payments.instalments.cashedIn', { month: payment.cashedIn })}` : ''}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
