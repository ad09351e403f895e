/** The coordinator's administration of accounts over the network (/api/accounts), and changing one's own password. */
import { z } from '../domain/zod';
import {
  accountResponse,
  accountsResponse,
  auditResponse,
  oneTimePasswordResponse,
  type AuditEntry,
  type ChangePasswordRequest,
  type ManagedAccount,
  type NewAccountRequest,
} from '../domain/access/managed-account';
import { requestJson, type Transport } from './transport';

const okResponse = z.object({ ok: z.literal(true) });
const accountPath = (id: string, action: string) => `/api/accounts/${encodeURIComponent(id)}/${action}`;

export interface WithOneTimePassword {
  account: ManagedAccount;
  /** Shown once to the coordinator: the server keeps only its hash. */
  oneTimePassword: string;
}

/** Each throws a SyncFailure (sync.errors.*) when the server refuses or cannot be reached. */
export async function listAccounts(transport: Transport, token: string): Promise<ManagedAccount[]> {
  return (await requestJson(transport, 'GET', '/api/accounts', accountsResponse, { token })).accounts;
}

export async function listAudit(transport: Transport, token: string): Promise<AuditEntry[]> {
  return (await requestJson(transport, 'GET', '/api/accounts/audit', auditResponse, { token })).entries;
}

export function createAccount(transport: Transport, token: string, request: NewAccountRequest): Promise<WithOneTimePassword> {
  return requestJson(transport, 'POST', '/api/accounts', oneTimePasswordResponse, { token, body: request });
}

export async function setAccountGroups(transport: Transport, token: string, id: string, groupIds: string[]): Promise<ManagedAccount> {
  return (await requestJson(transport, 'POST', accountPath(id, 'groups'), accountResponse, { token, body: { groupIds } })).account;
}

export async function setAccountProducer(transport: Transport, token: string, id: string, producerId: string): Promise<ManagedAccount> {
  return (await requestJson(transport, 'POST', accountPath(id, 'producer'), accountResponse, { token, body: { producerId } })).account;
}

export function resetAccountPassword(transport: Transport, token: string, id: string): Promise<WithOneTimePassword> {
  return requestJson(transport, 'POST', accountPath(id, 'reset-password'), oneTimePasswordResponse, { token });
}

export async function disableAccount(transport: Transport, token: string, id: string): Promise<ManagedAccount> {
  return (await requestJson(transport, 'POST', accountPath(id, 'disable'), accountResponse, { token })).account;
}

export async function changePassword(transport: Transport, token: string, request: ChangePasswordRequest): Promise<void> {
  await requestJson(transport, 'POST', '/api/auth/password', okResponse, { token, body: request });
}
