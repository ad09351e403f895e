/**
 * The coordinator's accounts and audit log, fetched from the server (accounts are managed online only), and the
 * actions on them. After each action both lists are read again, so the screen shows what the server holds.
 */
import type { AuditEntry, ManagedAccount, NewAccountRequest } from '../../domain/access/managed-account';
import {
  createAccount,
  disableAccount,
  listAccounts,
  listAudit,
  resetAccountPassword,
  setAccountGroups,
  setAccountProducer,
  type WithOneTimePassword,
} from '../../sync/accounts-client';
import type { Transport } from '../../sync/transport';
import { useOnlineRead } from './use-online-read';

export type AccountsState =
  { status: 'loading' } | { status: 'ready'; accounts: ManagedAccount[]; audit: AuditEntry[] } | { status: 'error'; error: string };

export type OneTimeResult = { ok: true; oneTime: WithOneTimePassword } | { ok: false; error: string };

/** Both lists at once: the accounts and who did what to them. */
async function readAccounts(transport: Transport, token: string): Promise<{ accounts: ManagedAccount[]; audit: AuditEntry[] }> {
  const [accounts, audit] = await Promise.all([listAccounts(transport, token), listAudit(transport, token)]);
  return { accounts, audit };
}

export function useAccountsAdmin(token: string | null) {
  const { state: read, load, act } = useOnlineRead(token, readAccounts);
  const state: AccountsState = read.status === 'ready' ? { status: 'ready', ...read.data } : read;

  const withOneTime = async (action: (transport: Transport, token: string) => Promise<WithOneTimePassword>): Promise<OneTimeResult> => {
    let oneTime: WithOneTimePassword | null = null;
    const result = await act(async (tr, tok) => {
      oneTime = await action(tr, tok);
    });
    if (result.ok && oneTime) return { ok: true, oneTime };
    return { ok: false, error: result.ok ? 'sync.errors.unexpected' : (result.issues[0]?.message ?? 'sync.errors.unexpected') };
  };

  return {
    state,
    reload: load,
    create: (request: NewAccountRequest) => withOneTime((tr, tok) => createAccount(tr, tok, request)),
    resetPassword: (id: string) => withOneTime((tr, tok) => resetAccountPassword(tr, tok, id)),
    setGroups: (id: string, groupIds: string[]) => act((tr, tok) => setAccountGroups(tr, tok, id, groupIds)),
    setProducer: (id: string, producerId: string) => act((tr, tok) => setAccountProducer(tr, tok, id, producerId)),
    disable: (id: string) => act((tr, tok) => disableAccount(tr, tok, id)),
  };
}
