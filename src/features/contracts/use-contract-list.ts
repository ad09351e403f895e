/** The contracts list: live rows with their names, filtered as the user asks. */
import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/database';
import { listContracts, listGroups, listMembers, listOffers, listProducers } from '../../db/queries';
import { NO_FILTER, contractRows, filterContractRows, type ContractFilter } from './contract-rows';
import { todayIso } from './today';

export function useContractList() {
  const contracts = useLiveQuery(() => listContracts(db), []);
  const members = useLiveQuery(() => listMembers(db), []);
  const offers = useLiveQuery(() => listOffers(db), []);
  const producers = useLiveQuery(() => listProducers(db), []);
  const groups = useLiveQuery(() => listGroups(db), []);
  const [filter, setFilter] = useState<ContractFilter>(NO_FILTER);

  const rows = useMemo(
    () => contractRows(contracts ?? [], { members: members ?? [], offers: offers ?? [], producers: producers ?? [], groups: groups ?? [] }),
    [contracts, members, offers, producers, groups],
  );
  const shown = useMemo(() => filterContractRows(rows, filter, todayIso()), [rows, filter]);
  const loading = [contracts, members, offers, producers, groups].some((list) => list === undefined);

  return { loading, total: rows.length, rows: shown, filter, setFilter, groups: groups ?? [], producers: producers ?? [] };
}
