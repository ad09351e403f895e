/** The payment plan editor's state: how many instalments, how, from which month, and each cheque's number and bank. */
import { useState } from 'react';
import { mutate } from '../../db/mutators';
import { MAX_INSTALMENTS, type InstalmentFields, type Payment, type PaymentMethod } from '../../domain/payments/payment-entities';
import { monthOf, planInstalments, type RemainderOn } from '../../domain/payments/payment-plan';
import { useFormErrors } from '../../ui/use-form-errors';

export interface PlanValues {
  count: number;
  remainderOn: RemainderOn;
  method: PaymentMethod;
  firstMonth: string;
  cheques: { chequeNumber: string; bank: string }[];
}

/** The usual splits; any other count is typed. */
export const COUNT_CHOICES = [1, 3, 6, 10, 12] as const;

function initialValues(payments: readonly Payment[], startDate: string): PlanValues {
  const first = payments[0];
  return {
    count: payments.length || 1,
    remainderOn: 'first',
    method: first?.method ?? 'cheque',
    firstMonth: first?.dueMonth ?? monthOf(startDate),
    cheques: payments.map((p) => ({ chequeNumber: p.chequeNumber ?? '', bank: p.bank ?? '' })),
  };
}

export function usePlanEditor(contract: { id: string; startDate: string }, totalCents: number, payments: readonly Payment[]) {
  const [values, setValues] = useState(() => initialValues(payments, contract.startDate));
  // No field of the form shows an error of its own: every refusal, of the count or of an instalment, is said above it.
  const { errors, busy, submit } = useFormErrors([]);
  const countOk = Number.isInteger(values.count) && values.count >= 1 && values.count <= MAX_INSTALMENTS;
  // The preview while a count is being typed; only a count in range is saved.
  const shown = Math.min(MAX_INSTALMENTS, Math.max(1, values.count));
  const instalments: InstalmentFields[] = planInstalments({ total: totalCents, ...values, count: shown }).map((instalment, i) => ({
    ...instalment,
    ...(values.method === 'cheque' ? values.cheques[i] : {}),
  }));
  const set = (change: Partial<PlanValues>) => setValues((current) => ({ ...current, ...change }));
  const setCheque = (index: number, change: Partial<PlanValues['cheques'][number]>) =>
    setValues((current) => {
      const cheques = Array.from({ length: Math.max(1, current.count) }, (_, i) => current.cheques[i] ?? { chequeNumber: '', bank: '' });
      cheques[index] = { ...(cheques[index] as PlanValues['cheques'][number]), ...change };
      return { ...current, cheques };
    });
  const save = () =>
    submit(async () =>
      countOk
        ? mutate('payment.planSet', { contractId: contract.id, instalments })
        : { ok: false, issues: [{ path: 'count', message: 'validation.instalmentCount' }] },
    );
  return { values, instalments, set, setCheque, save, errors, busy };
}
