/**
 * Renewing a group's contracts into a new season: the drafts are worked out from what the phone holds, each one can
 * be left out, and nothing is written before the confirmation; a renewal already made is shown and not made again.
 */
import { useMemo, useState } from 'react';
import { NO_ROWS, useContracts, useDistributions, useGroups, useMembers, useOffers } from '../../db/hooks/use-lists';
import { usePayments } from '../../db/hooks/use-payments';
import { mutate } from '../../db/mutators';
import { renewalDrafts } from '../../domain/distribution/contract-renewal';
import { deliveryDatesFor } from '../../domain/distribution/delivery-dates';
import { displayName } from '../../domain/people/member-search';
import { useFormErrors } from '../../ui/use-form-errors';

export function useRenewal(initialGroupId: string) {
  const groups = useGroups();
  const contracts = useContracts() ?? NO_ROWS;
  const payments = usePayments() ?? NO_ROWS;
  const distributions = useDistributions() ?? NO_ROWS;
  const members = useMembers() ?? NO_ROWS;
  const offers = useOffers() ?? NO_ROWS;
  const [season, setSeason] = useState({ groupId: initialGroupId, startDate: '', endDate: '' });
  const [left, setLeft] = useState<string[]>([]);
  const [made, setMade] = useState<number | null>(null);
  const { errors, busy, submit } = useFormErrors([]);
  const group = groups?.find((g) => g.id === season.groupId);

  const drafts = useMemo(() => {
    const { startDate, endDate } = season;
    if (!group || !startDate || !endDate || endDate < startDate) return [];
    // The group's distributions of the new season when they exist (made by the season screen), else its rhythm's days.
    const planned = distributions.filter((d) => d.groupId === group.id && d.date >= startDate && d.date <= endDate).map((d) => d.date);
    const deliveryDates = planned.length > 0 ? [...new Set(planned)].sort() : deliveryDatesFor(startDate, endDate, group.rhythm);
    return renewalDrafts(contracts, payments, { groupId: group.id, startDate, endDate, deliveryDates });
  }, [group, season, contracts, payments, distributions]);

  const names = useMemo(() => new Map(members.map((m) => [m.id, displayName(m)])), [members]);
  const offerNames = useMemo(() => new Map(offers.map((o) => [o.id, o.name])), [offers]);

  const set = (change: Partial<typeof season>) => {
    setMade(null);
    setSeason((current) => ({ ...current, ...change }));
  };
  const toggle = (id: string) => setLeft((current) => (current.includes(id) ? current.filter((d) => d !== id) : [...current, id]));

  const confirm = async () => {
    const chosen = drafts.filter((d) => !d.exists && !left.includes(d.id));
    let count = 0;
    const ok = await submit(async () => {
      for (const draft of chosen) {
        const created = await mutate('contract.create', { id: draft.id, ...draft.fields });
        if (!created.ok && created.code !== 'exists') return created;
        if (created.ok) count += 1;
        if (created.ok && draft.instalments.length > 0) {
          const planned = await mutate('payment.planSet', { contractId: draft.id, instalments: draft.instalments });
          if (!planned.ok) return planned;
        }
      }
      return { ok: true };
    });
    if (ok) setMade(count);
  };

  return {
    groups,
    season,
    set,
    drafts,
    left,
    toggle,
    confirm,
    made,
    errors,
    busy,
    memberName: (id: string) => names.get(id) ?? '',
    offerName: (id: string) => offerNames.get(id) ?? '',
  };
}
