/** The contracts list: live rows with their names, filtered as the user asks. */
import { useMemo, useState } from 'react';
import { NO_ROWS, useContracts, useGroups, useMembers, useOffers, useProducers } from '../../db/hooks/use-lists';
import { NO_FILTER, contractRows, filterContractRows, type ContractFilter } from './contract-rows';
import { localToday } from '../../domain/format/day-format';

export function useContractList() {
  const contracts = useContracts();
  const members = useMembers();
  const offers = useOffers();
  const producers = useProducers();
  const groups = useGroups();
  const [filter, setFilter] = useState<ContractFilter>(NO_FILTER);

  const rows = useMemo(
    () =>
      contractRows(contracts ?? NO_ROWS, {
        members: members ?? NO_ROWS,
        offers: offers ?? NO_ROWS,
        producers: producers ?? NO_ROWS,
        groups: groups ?? NO_ROWS,
      }),
    [contracts, members, offers, producers, groups],
  );
  const shown = useMemo(() => filterContractRows(rows, filter, localToday()), [rows, filter]);
  const loading = [contracts, members, offers, producers, groups].some((list) => list === undefined);

  return { loading, total: rows.length, rows: shown, filter, setFilter, groups: groups ?? NO_ROWS, producers: producers ?? NO_ROWS };
}
