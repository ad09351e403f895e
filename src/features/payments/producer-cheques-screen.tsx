/** On a producer's phone: the cheques handed to them at a distribution, each ticked once they have it. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMay } from '../../db/hooks/use-may';
import { formatDay } from '../../domain/format/day-format';
import { ChequeList } from './cheque-list';
import { useDistributionPaymentsView } from './use-distribution-payments';
import './payments.css';

export function ProducerChequesScreen({ distributionId }: { distributionId: string }) {
  const { t, i18n } = useTranslation();
  const view = useDistributionPaymentsView(distributionId);
  const list = view?.producers.find((p) => p.producerId === view.rows.ownProducerId);
  const mayConfirm = useMay('payment.confirmHanded', { contractId: list?.cheques[0]?.contractId });
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (view === null) return <p role="alert">{t('payments.distributionNotFound')}</p>;
  const { distribution, group } = view.rows;
  return (
    <>
      <Link href={`/producer/${distributionId}`}>{t('payments.backToDistribution')}</Link>
      <h1>{t('payments.producer.title', { group: group?.name ?? '', date: formatDay(distribution.date, i18n.language) })}</h1>
      {list === undefined ? (
        <p>{t('payments.handOver.none')}</p>
      ) : (
        <ChequeList
          distributionId={distributionId}
          list={list}
          producerName={view.producerName(list.producerId)}
          memberName={view.memberName}
          mode="confirm"
          allowed={mayConfirm}
        />
      )}
    </>
  );
}
