/**
 * The territory's lists as live reads, for screens: each answers undefined while it reads (as useLiveQuery does)
 * and never makes up a default, so that a screen can tell "still reading" from "none"; a caller with nothing to
 * show meanwhile writes `?? NO_ROWS`. Live rows only, sorted as the queries sort them. Every hook of src/db/hooks
 * that answers a list follows the same rule.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../database';
import {
  listAreas,
  listContracts,
  listDistributions,
  listEvents,
  listGroupLinks,
  listGroups,
  listInitiatives,
  listMembers,
  listOffers,
  listOutlets,
  listPartners,
  listProducers,
} from '../queries';

/** The one empty list callers show while a list is read: the same array at every render, so memos keep. */
export const NO_ROWS: readonly never[] = Object.freeze([]);

export const useAreas = () => useLiveQuery(() => listAreas(db), []);
export const useProducers = () => useLiveQuery(() => listProducers(db), []);
export const useGroups = () => useLiveQuery(() => listGroups(db), []);
export const useEvents = () => useLiveQuery(() => listEvents(db), []);
export const useMembers = () => useLiveQuery(() => listMembers(db), []);
export const useGroupLinks = () => useLiveQuery(() => listGroupLinks(db), []);
export const useOffers = () => useLiveQuery(() => listOffers(db), []);
export const useContracts = () => useLiveQuery(() => listContracts(db), []);
export const useDistributions = () => useLiveQuery(() => listDistributions(db), []);
export const usePartners = () => useLiveQuery(() => listPartners(db), []);
export const useInitiatives = () => useLiveQuery(() => listInitiatives(db), []);
export const useOutlets = () => useLiveQuery(() => listOutlets(db), []);
