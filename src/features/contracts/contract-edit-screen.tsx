import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { useRow } from '../../db/hooks/use-row';
import { mutate } from '../../db/mutators';
import { displayName } from '../../domain/people/member-search';
import { ConfirmButton } from '../../ui/confirm-button';
import { ContractForm } from './contract-form';
import { useContractSources } from './use-contract-sources';

export function ContractEditScreen({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  // null for a new contract (no id), and for an unknown or deleted id.
  const contract = useRow('contracts', id);
  const sources = useContractSources();

  if (contract === undefined || sources === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  if (id !== null && contract === null) {
    return (
      <>
        <h1>{t('contracts.title')}</h1>
        <p role="alert">{t('contracts.notFound')}</p>
        <Link href="/contracts">{t('contracts.backToList')}</Link>
      </>
    );
  }
  const member = contract && sources.members.find((m) => m.id === contract.memberId);
  const name = member ? displayName(member) : t('common.none');
  return (
    <>
      <h1>{contract ? t('contracts.editTitle', { name }) : t('contracts.new')}</h1>
      {contract && <Link href={`/contracts/${contract.id}/payments`}>{t('contracts.openPayments')}</Link>}
      {/* Keyed by id so that the form starts from the stored values once, not on every live update. */}
      <ContractForm key={contract?.id ?? 'new'} contract={contract} sources={sources} />
      {contract && (
        <ConfirmButton
          label={t('common.actions.delete')}
          question={t('contracts.deleteQuestion', { name })}
          confirmLabel={t('contracts.confirmDelete')}
          onConfirm={() => mutate('contract.delete', { id: contract.id })}
          onDone={() => navigate('/contracts')}
        />
      )}
    </>
  );
}
