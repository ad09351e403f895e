import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useMay } from '../../db/hooks/use-may';
import { ContractFilters } from './contract-filters';
import type { ContractRow } from './contract-rows';
import { useContractList } from './use-contract-list';
import { useFormats } from '../../ui/use-formats';

function ContractItem({ row }: { row: ContractRow }) {
  const { t } = useTranslation();
  const { euros, day } = useFormats();
  const { contract, offer } = row;
  const quantity = offer
    ? t('contracts.list.quantity', { count: contract.quantity, unit: t(`domain.unit.${offer.unit}`, { count: contract.quantity }) })
    : String(contract.quantity);
  const season =
    contract.kind === 'oneOff'
      ? t('contracts.list.oneOff', { date: day(contract.startDate) })
      : t('contracts.list.season', { start: day(contract.startDate), end: day(contract.endDate) });
  return (
    <li>
      <Link href={`/contracts/${contract.id}`}>
        <strong>{row.memberName || t('common.none')}</strong> — {offer?.name ?? t('common.none')}
        <br />
        <span className="hint">
          {[row.producerName, row.groupName, season].filter(Boolean).join(' · ')}
          <br />
          {[
            t('contracts.list.deliveries', { count: contract.deliveryDates.length }),
            quantity,
            contract.size ? t(`contracts.size.${contract.size}`) : '',
            t('contracts.list.perDelivery', { price: euros(contract.pricePerDeliveryCents) }),
            t('contracts.list.total', { price: euros(row.totalCents) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </Link>
    </li>
  );
}

export function ContractsScreen() {
  const { t } = useTranslation();
  const { loading, total, rows, filter, setFilter, groups, producers } = useContractList();
  const mayCreate = useMay('contract.create') === true;

  return (
    <>
      <h1>{t('contracts.title')}</h1>
      <div className="actions">
        {mayCreate && (
          <Link href="/contracts/new" className="button primary">
            {t('contracts.new')}
          </Link>
        )}
        {mayCreate && (
          <Link href="/contracts/renew" className="button">
            {t('contracts.renewal.open')}
          </Link>
        )}
        <Link href="/payments" className="button">
          {t('contracts.openTreasurer')}
        </Link>
        <Link href="/offers" className="button">
          {t('contracts.offers.title')}
        </Link>
      </div>
      <ContractFilters filter={filter} onChange={setFilter} groups={groups} producers={producers} />
      {loading ? (
        <p aria-busy="true">{t('common.loading')}</p>
      ) : rows.length === 0 ? (
        <p className="hint">{total === 0 ? t('contracts.list.empty') : t('contracts.list.noMatch')}</p>
      ) : (
        <>
          <p className="hint" role="status">
            {t('contracts.list.count', { count: rows.length })}
          </p>
          <ul className="list" aria-label={t('contracts.title')}>
            {rows.map((row) => (
              <ContractItem key={row.contract.id} row={row} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
