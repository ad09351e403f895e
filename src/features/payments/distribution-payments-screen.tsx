/**
 * Payments at a distribution, offline as the rest of the day: the instalments members hand over at the table, then
 * each producer's cheques, ticked as handed over, with the printable bordereau.
 */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMay } from '../../db/hooks/use-may';
import { formatDay } from '../../domain/format/day-format';
import { ActionAlert } from '../../ui/form-alert';
import { useActionError } from '../../ui/use-action-error';
import { useFormats } from '../../ui/use-formats';
import { ChequeList } from './cheque-list';
import { receive } from './payment-actions';
import { useDistributionPaymentsView, type DistributionPayments } from './use-distribution-payments';
import './payments.css';

function CollectSection({ view }: { view: DistributionPayments }) {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const { error, run } = useActionError();
  const { distribution } = view.rows;
  const mayReceive = useMay('payment.receive', { contractId: view.toCollect[0]?.contractId });
  return (
    <section>
      <h2>{t('payments.collect.title', { count: view.toCollect.filter((p) => !p.receivedOn).length })}</h2>
      <ActionAlert error={error} />
      {view.toCollect.length === 0 ? (
        <p>{t('payments.collect.none')}</p>
      ) : (
        <ul className="instalments" aria-label={t('payments.collect.listLabel')}>
          {view.toCollect.map((payment) => (
            <li key={payment.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={Boolean(payment.receivedOn)}
                  disabled={mayReceive !== true}
                  onChange={(e) => void run(receive(payment, e.target.checked ? distribution.date : null))}
                />
                {t('payments.collect.line', {
                  member: view.memberName(payment.memberId),
                  producer: view.producerName(payment.producerId),
                  amount: euros(payment.amountCents),
                  method: t(`payments.method.${payment.method}`),
                  number: payment.chequeNumber ? ` n° ${payment.chequeNumber}` : '',
                })}
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function HandOverSection({ view }: { view: DistributionPayments }) {
  const { t } = useTranslation();
  const { distribution } = view.rows;
  const mayHandOver = useMay('payment.handOver', { distributionId: distribution.id });
  return (
    <section>
      <h2>{t('payments.handOver.title')}</h2>
      {view.producers.length === 0 && <p>{t('payments.handOver.none')}</p>}
      {view.producers.map((list) => (
        <div key={list.producerId}>
          <ChequeList
            distributionId={distribution.id}
            list={list}
            producerName={view.producerName(list.producerId)}
            memberName={view.memberName}
            mode="handOver"
            allowed={mayHandOver}
          />
          <Link href={`/distributions/${distribution.id}/payments/${list.producerId}`}>{t('payments.bordereau.open')}</Link>
        </div>
      ))}
    </section>
  );
}

export function DistributionPaymentsScreen({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const view = useDistributionPaymentsView(id);
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (view === null) return <p role="alert">{t('payments.distributionNotFound')}</p>;
  const { distribution, group } = view.rows;
  return (
    <>
      <Link href={`/distributions/${id}`}>{t('payments.backToDistribution')}</Link>
      <h1>{t('payments.distributionTitle', { group: group?.name ?? '', date: formatDay(distribution.date, i18n.language) })}</h1>
      <CollectSection view={view} />
      <HandOverSection view={view} />
    </>
  );
}
