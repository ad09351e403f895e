import { useTranslation } from 'react-i18next';
import type { SignoffSheet } from '../../domain/distribution/signoff-sheet';
import { useQuantityText } from './use-quantity-text';

const COLUMNS = ['number', 'lastName', 'firstName', 'producer', 'offer', 'quantity', 'size', 'proxy', 'signature'] as const;

/** The sheet's table: one row per basket due, an empty cell to sign; the header repeats on each printed page. */
export function SignoffTable({ sheet }: { sheet: SignoffSheet }) {
  const { t } = useTranslation();
  const quantityText = useQuantityText();
  return (
    <table className="signoff-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th key={column} scope="col" className={`col-${column}`}>
              {t(`distributions.sheet.${column}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sheet.rows.map((row) => (
          <tr key={row.contractId}>
            <td>{row.number ?? ''}</td>
            <td>{row.lastName}</td>
            <td>{row.firstName}</td>
            <td>{row.producerName}</td>
            <td>{row.offerName}</td>
            <td>{quantityText(row.quantity, row.unit)}</td>
            <td>{row.size ? t(`domain.basketSize.${row.size}`) : ''}</td>
            <td>{row.proxyName ?? ''}</td>
            <td className="col-signature" />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
