/** For the treasurer: what is due and received by group, producer and month, the late instalments, and the CSV. */
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useTreasurer } from './use-treasurer';
import './payments.css';

export function TreasurerScreen() {
  const { t } = useTranslation();
  const { view, busy, exportCsv, euros } = useTreasurer();
  if (view === undefined) return <p aria-busy="true">{t('common.loading')}</p>;
  return (
    <>
      <h1>{t('payments.treasurer.title')}</h1>
      <div className="actions">
        <button type="button" disabled={busy} onClick={() => void exportCsv()}>
          {t('payments.treasurer.csv')}
        </button>
      </div>
      {view.lines.length === 0 ? (
        <p>{t('payments.treasurer.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="treasurer-table" aria-label={t('payments.treasurer.tableLabel')}>
            <thead>
              <tr>
                <th scope="col">{t('payments.treasurer.group')}</th>
                <th scope="col">{t('payments.treasurer.producer')}</th>
                <th scope="col">{t('payments.treasurer.month')}</th>
                <th scope="col" className="amount">
                  {t('payments.treasurer.due')}
                </th>
                <th scope="col" className="amount">
                  {t('payments.treasurer.received')}
                </th>
                <th scope="col" className="amount">
                  {t('payments.treasurer.remaining')}
                </th>
              </tr>
            </thead>
            <tbody>
              {view.lines.map((line) => (
                <tr key={`${line.groupId}|${line.producerId}|${line.month}`}>
                  <td>{view.groupName(line.groupId)}</td>
                  <td>{view.producerName(line.producerId)}</td>
                  <td>{line.month}</td>
                  <td className="amount">{euros(line.dueCents)}</td>
                  <td className="amount">{euros(line.receivedCents)}</td>
                  <td className="amount">{euros(line.dueCents - line.receivedCents)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <section>
        <h2>{t('payments.treasurer.lateTitle', { count: view.late.length })}</h2>
        <ul className="instalments" aria-label={t('payments.treasurer.lateTitle', { count: view.late.length })}>
          {view.late.map((p) => (
            <li key={p.id}>
              <Link href={`/contracts/${p.contractId}/payments`}>
                {t('payments.treasurer.lateLine', {
                  member: view.memberName(p.memberId),
                  producer: view.producerName(p.producerId),
                  month: p.dueMonth,
                  amount: euros(p.amountCents),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
