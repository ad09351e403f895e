/**
 * One producer's cheques at a distribution, with their total: ticked as handed over by whoever runs the day, or
 * ticked as received by the producer on their own phone.
 */
import { useTranslation } from 'react-i18next';
import type { Payment } from '../../domain/payments/payment-entities';
import type { ProducerCheques } from '../../domain/payments/payment-views';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useFormats } from '../../ui/use-formats';
import { confirmHanded, handOver } from './payment-actions';

interface ChequeListProps {
  distributionId: string;
  list: ProducerCheques<Payment>;
  producerName: string;
  memberName(memberId: string): string;
  mode: 'handOver' | 'confirm';
  /** Whether this account may tick; undefined while it is read. */
  allowed: boolean | undefined;
}

export function ChequeList({ distributionId, list, producerName, memberName, mode, allowed }: ChequeListProps) {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const { error, run } = useActionError();
  const title = t('payments.handOver.producerTitle', { producer: producerName, count: list.cheques.length, total: euros(list.totalCents) });
  return (
    <section className="cheque-list" aria-label={title}>
      <h3>{title}</h3>
      <p className="hint">
        {t('payments.handOver.progress', { handed: list.handed, confirmed: list.confirmed, count: list.cheques.length })}
      </p>
      <ActionAlert error={error} />
      <ul>
        {list.cheques.map((cheque) => {
          const handed = cheque.handedAt === distributionId;
          const checked = mode === 'handOver' ? handed : Boolean(cheque.confirmedAt);
          const label = t('payments.handOver.cheque', {
            member: memberName(cheque.memberId),
            number: cheque.chequeNumber || '—',
            amount: euros(cheque.amountCents),
          });
          return (
            <li key={cheque.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={allowed !== true || (mode === 'confirm' && !handed)}
                  onChange={(e) =>
                    void run(
                      mode === 'handOver'
                        ? handOver(cheque, e.target.checked ? distributionId : null)
                        : confirmHanded(cheque, e.target.checked),
                    )
                  }
                />
                {label}
              </label>
              {mode === 'handOver' && cheque.confirmedAt && <span className="hint">{t('payments.instalments.confirmed')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
