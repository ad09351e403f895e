/** The "bordereau de remise": one producer's cheques handed over at a distribution, printed on one A4 page. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDay } from '../../domain/format/day-format';
import { useFormats } from '../../ui/use-formats';
import { useDistributionPaymentsView } from './use-distribution-payments';
import './payments.css';

export function BordereauScreen({ id, producerId }: { id: string; producerId: string }) {
  const { t, i18n } = useTranslation();
  const { euros } = useFormats();
  const view = useDistributionPaymentsView(id);
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (view === null) return <p role="alert">{t('payments.distributionNotFound')}</p>;
  const { distribution, group } = view.rows;
  const list = view.producers.find((p) => p.producerId === producerId);
  const cheques = list?.cheques ?? [];
  return (
    <article className="bordereau">
      <div className="actions no-print">
        <Link href={`/distributions/${id}/payments`}>{t('payments.backToPayments')}</Link>
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('payments.bordereau.print')}
        </button>
      </div>
      <h1>{t('payments.bordereau.title', { producer: view.producerName(producerId) })}</h1>
      <p>
        {t('payments.bordereau.subtitle', {
          group: group?.name ?? '',
          date: formatDay(distribution.date, i18n.language, { withYear: true }),
        })}
      </p>
      <table className="bordereau-table">
        <thead>
          <tr>
            <th scope="col">{t('payments.bordereau.member')}</th>
            <th scope="col">{t('payments.bordereau.number')}</th>
            <th scope="col">{t('payments.bordereau.bank')}</th>
            <th scope="col">{t('payments.bordereau.month')}</th>
            <th scope="col" className="amount">
              {t('payments.bordereau.amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {cheques.map((cheque) => (
            <tr key={cheque.id}>
              <td>{view.memberName(cheque.memberId)}</td>
              <td>{cheque.chequeNumber}</td>
              <td>{cheque.bank}</td>
              <td>{cheque.dueMonth}</td>
              <td className="amount">{euros(cheque.amountCents)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              {t('payments.bordereau.total', { count: cheques.length })}
            </th>
            <td className="amount" data-testid="bordereau-total">
              {euros(list?.totalCents ?? 0)}
            </td>
          </tr>
        </tfoot>
      </table>
      <div className="bordereau-signatures">
        <p>{t('payments.bordereau.handedBy')}</p>
        <p>{t('payments.bordereau.receivedBy')}</p>
      </div>
    </article>
  );
}
