import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../../../src/db/database';
import { mutate } from '../../../../src/db/mutators';
import { BordereauScreen } from '../../../../src/features/payments/bordereau-screen';
import { ContractPaymentsScreen } from '../../../../src/features/payments/contract-payments-screen';
import { DistributionPaymentsScreen } from '../../../../src/features/payments/distribution-payments-screen';
import { TreasurerScreen } from '../../../../src/features/payments/treasurer-screen';
import { paymentId } from '../../../../src/domain/payments/payment-entities';
import { resetAppDb } from '../../../helpers/app-db';
import { captureDownloads } from '../../../helpers/download';
import { renderScreen } from '../../../helpers/render';
import { signInAsCoordinator } from '../../../factories/sessions';
import { contractArgs, distributionArgs, groupArgs, offerArgs, producerArgs, signUpArgs } from '../../../factories/entities';

const producer = producerArgs({ name: 'Ferme du Clain', farm: '' });
const offer = offerArgs(producer.id);
const group = groupArgs({ name: 'AMAP des Couronneries' });
const member = signUpArgs({ firstName: 'Élodie', lastName: 'Durand' });
const dates = ['2026-04-07', '2026-05-05', '2026-06-02'];
// 3 deliveries at 33,34 €: 100,02 €, which 3 cheques split as 33,34 each.
const contract = contractArgs(
  { memberId: member.id, groupId: group.id, offerId: offer.id },
  { deliveryDates: dates, pricePerDeliveryCents: 3334 },
);
const first = distributionArgs(group.id, { date: dates[0] });
/** Amounts as French formats them, with narrow no-break spaces: compared as plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/[\u202f\u00a0]/g, ' ');

beforeEach(async () => {
  await resetAppDb();
  await signInAsCoordinator();
  for (const [name, args] of [
    ['producer.create', producer],
    ['offer.create', offer],
    ['group.create', group],
    ['member.signUp', member],
    ['contract.create', contract],
    ['distribution.create', first],
  ] as const) {
    expect(await mutate(name, args as never)).toMatchObject({ ok: true });
  }
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('payment screens', () => {
  it('sets a plan of three numbered cheques that sums to the contract, then shows what is received', async () => {
    const user = userEvent.setup();
    await renderScreen(<ContractPaymentsScreen id={contract.id} />, { path: `/contracts/${contract.id}/payments` });
    const count = await screen.findByLabelText('Nombre d’échéances');
    await user.clear(count);
    await user.type(count, '3');
    const lines = within(screen.getByRole('list', { name: 'Échéances' })).getAllByRole('listitem');
    expect(lines.map((li) => plain(li.textContent))).toEqual(['2026-04 : 33,34 €', '2026-05 : 33,34 €', '2026-06 : 33,34 €']);
    for (const [i, number] of ['101', '102', '103'].entries()) await user.type(screen.getByLabelText(`N° du chèque ${i + 1}`), number);
    await user.click(screen.getByRole('button', { name: 'Enregistrer l’échéancier' }));
    await waitFor(async () => expect(await db.payments.count()).toBe(3));
    const stored = await db.payments.get(paymentId(contract.id, 2));
    expect(stored).toMatchObject({ amountCents: 3334, chequeNumber: '103', dueMonth: '2026-06', method: 'cheque' });
    expect(await screen.findByTestId('contract-payment-status')).toHaveTextContent('0,00 € reçus sur 100,02 €');
  });

  it('refuses a count of instalments out of range with a clear error, and saves nothing', async () => {
    const user = userEvent.setup();
    await renderScreen(<ContractPaymentsScreen id={contract.id} />, { path: `/contracts/${contract.id}/payments` });
    const count = await screen.findByLabelText('Nombre d’échéances');
    for (const typed of ['0', '1000']) {
      await user.clear(count);
      await user.type(count, typed);
      await user.click(screen.getByRole('button', { name: 'Enregistrer l’échéancier' }));
      expect(await screen.findByText('Le nombre d’échéances va de 1 à 80.')).toBeInTheDocument();
      expect(await db.payments.count()).toBe(0);
    }
  });

  it('records a cheque at the distribution, lists it for its producer with the total, ticks it handed over, and prints it on the bordereau', async () => {
    const user = userEvent.setup();
    await mutate('payment.planSet', {
      contractId: contract.id,
      instalments: dates.map((d, i) => ({
        amountCents: 3334,
        dueMonth: d.slice(0, 7),
        method: 'cheque',
        chequeNumber: `10${i}`,
        bank: 'CA',
      })),
    });
    await renderScreen(<DistributionPaymentsScreen id={first.id} />, { path: `/distributions/${first.id}/payments` });
    const toCollect = await screen.findByRole('list', { name: 'Échéances à recevoir' });
    // Only the April instalment is due at the April distribution.
    expect(within(toCollect).getAllByRole('checkbox')).toHaveLength(1);
    await user.click(within(toCollect).getByRole('checkbox'));
    const list = await screen.findByRole('region', { name: /^Ferme du Clain : 1 chèque, 33,34/ });
    await user.click(within(list).getByRole('checkbox', { name: /Durand Élodie — n° 100/ }));
    await waitFor(async () => expect((await db.payments.get(paymentId(contract.id, 0)))?.handedAt).toBe(first.id));
    expect(await db.payments.get(paymentId(contract.id, 0))).toMatchObject({ receivedOn: dates[0] });

    const { unmount } = await renderScreen(<BordereauScreen id={first.id} producerId={producer.id} />);
    await waitFor(() => expect(plain(screen.getByTestId('bordereau-total').textContent)).toBe('33,34 €'));
    expect(screen.getByRole('heading', { level: 1, name: 'Bordereau de remise de chèques — Ferme du Clain' })).toBeInTheDocument();
    unmount();
  });

  it('shows the treasurer due against received, and exports the same figures as a CSV', async () => {
    const downloads = captureDownloads();
    await mutate('payment.planSet', {
      contractId: contract.id,
      instalments: dates.map((d) => ({ amountCents: 3334, dueMonth: d.slice(0, 7), method: 'transfer', chequeNumber: '', bank: '' })),
    });
    await mutate('payment.receive', {
      contractId: contract.id,
      index: 0,
      amountCents: 3334,
      dueMonth: '2026-04',
      method: 'transfer',
      chequeNumber: '',
      bank: '',
      receivedOn: '2026-04-03',
    });
    const user = userEvent.setup();
    await renderScreen(<TreasurerScreen />, { path: '/payments' });
    const table = await screen.findByRole('table', { name: 'Dû et reçu par groupe, producteur et mois' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => plain(cell.textContent)),
      );
    expect(rows[0]).toEqual(['AMAP des Couronneries', 'Ferme du Clain', '2026-04', '33,34 €', '33,34 €', '0,00 €']);
    expect(rows).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const csv = (await downloads[0]?.blob.text()) ?? '';
    const csvRows = csv
      .replace('\uFEFF', '')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((line) => line.split(';'));
    expect(csvRows.map((cells) => cells.map(plain))).toEqual(rows);
  });
});
