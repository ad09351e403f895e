/** A contract's payments: its total and status, the plan (count, split, method, cheques) and each instalment. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useContractPayments } from '../../db/hooks/use-payments';
import { useMay } from '../../db/hooks/use-may';
import { useRow } from '../../db/hooks/use-row';
import { seasonTotalCents } from '../../domain/distribution/contract-form';
import { localToday } from '../../domain/format/day-format';
import { paymentFigures } from '../../domain/payments/payment-plan';
import { displayName } from '../../domain/people/member-search';
import { useFormats } from '../../ui/use-formats';
import { InstalmentList } from './instalment-list';
import { PlanEditor } from './plan-editor';
import './payments.css';

export function ContractPaymentsScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { euros } = useFormats();
  const contract = useRow('contracts', id);
  const member = useRow('members', contract?.memberId ?? null);
  const payments = useContractPayments(id);
  const mayPlan = useMay('payment.planSet', { contractId: id });
  if (contract === undefined || payments === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (contract === null) {
    return (
      <>
        <h1>{t('payments.title')}</h1>
        <p role="alert">{t('payments.contractNotFound')}</p>
        <Link href="/contracts">{t('payments.backToContracts')}</Link>
      </>
    );
  }
  const total = seasonTotalCents(contract);
  const figures = paymentFigures(
    total,
    payments.map((p) => ({ ...p, receivedOn: p.receivedOn ?? null })),
    localToday(),
  );
  return (
    <>
      <Link href={`/contracts/${id}`}>{t('payments.backToContract')}</Link>
      <h1>{t('payments.contractTitle', { name: member ? displayName(member) : t('common.none') })}</h1>
      <p className={`payment-status status-${figures.status}`} data-testid="contract-payment-status">
        {t(`payments.status.${figures.status}`)}
        {' · '}
        {t('payments.receivedOfTotal', { received: euros(figures.receivedCents), total: euros(total) })}
      </p>
      {payments.length > 0 && <InstalmentList contractId={id} payments={payments} />}
      {/* Keyed by the plan's length so that a plan synced from elsewhere opens the editor afresh. */}
      {mayPlan === true && <PlanEditor key={payments.length} contract={contract} totalCents={total} payments={payments} />}
    </>
  );
}
