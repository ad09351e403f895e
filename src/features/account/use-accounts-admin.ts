/**
 * The coordinator's accounts and audit log, fetched from the server (accounts are managed online only), and the
 * actions on them. After each action both lists are read again, so the screen shows what the server holds.
 */
import { useCallback, useEffect, useState } from 'react';
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
import { SyncFailure } from '../../sync/sync-failure';
import type { Transport } from '../../sync/transport';
import type { SubmitResult } from '../../ui/use-form-errors';
import { useSyncStore } from './sync-store';

export type AccountsState =
  { status: 'loading' } | { status: 'ready'; accounts: ManagedAccount[]; audit: AuditEntry[] } | { status: 'error'; error: string };

export type OneTimeResult = { ok: true; oneTime: WithOneTimePassword } | { ok: false; error: string };

const keyOf = (error: unknown) => (error instanceof SyncFailure ? error.key : 'sync.errors.unexpected');
const refused = (error: unknown): SubmitResult => ({ ok: false, issues: [{ path: '', message: keyOf(error) }] });

export function useAccountsAdmin(token: string | null) {
  const transport = useSyncStore((store) => store.runtime?.transport ?? null);
  const [state, setState] = useState<AccountsState>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!transport || !token) return;
    try {
      const [accounts, audit] = await Promise.all([listAccounts(transport, token), listAudit(transport, token)]);
      setState({ status: 'ready', accounts, audit });
    } catch (error) {
      setState({ status: 'error', error: keyOf(error) });
    }
  }, [transport, token]);

  useEffect(() => {
    void load();
  }, [load]);

  /** Runs an action on the server, then reads both lists again. */
  const act = async (action: (transport: Transport, token: string) => Promise<unknown>): Promise<SubmitResult> => {
    if (!transport || !token) return refused(new SyncFailure('sync.errors.notSignedIn', 'no session'));
    try {
      await action(transport, token);
      await load();
      return { ok: true };
    } catch (error) {
      return refused(error);
    }
  };

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
