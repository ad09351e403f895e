/** The payment steps as the screens run them, each from the instalment row the screen shows. */
import { mutate } from '../../db/mutators';
import type { Payment } from '../../domain/payments/payment-entities';

/** Records an instalment as received on a day (null takes the receipt back), with the fields it was planned with. */
export function receive(payment: Payment, receivedOn: string | null) {
  const { contractId, index, amountCents, dueMonth, method } = payment;
  return mutate('payment.receive', {
    contractId,
    index,
    amountCents,
    dueMonth,
    method,
    chequeNumber: payment.chequeNumber ?? '',
    bank: payment.bank ?? '',
    receivedOn,
  });
}

export function handOver(payment: Payment, distributionId: string | null) {
  return mutate('payment.handOver', { contractId: payment.contractId, index: payment.index, distributionId });
}

export function confirmHanded(payment: Payment, confirmed: boolean) {
  return mutate('payment.confirmHanded', {
    contractId: payment.contractId,
    index: payment.index,
    confirmedAt: confirmed ? new Date().toISOString() : null,
  });
}
