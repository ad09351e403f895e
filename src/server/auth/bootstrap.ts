/**
 * First start: a server with no coordinator creates one, so that someone can log in and create the other accounts.
 * The password comes from the environment or is drawn at random and shown once; none is written in the code.
 */
import type { Accounts } from './accounts';
import { generatePassword } from './password';

export const DEFAULT_ADMIN_LOGIN = 'coordination';

export interface BootstrapEnv {
  COURT_CIRCUIT_ADMIN_LOGIN?: string;
  COURT_CIRCUIT_ADMIN_PASSWORD?: string;
}

export type BootstrapResult = { created: false } | { created: true; login: string; generated: boolean };

export async function ensureCoordinator(accounts: Accounts, env: BootstrapEnv, log: (line: string) => void): Promise<BootstrapResult> {
  if (await accounts.hasCoordinator()) return { created: false };
  const login = env.COURT_CIRCUIT_ADMIN_LOGIN?.trim() || DEFAULT_ADMIN_LOGIN;
  const given = env.COURT_CIRCUIT_ADMIN_PASSWORD;
  const password = given === undefined || given === '' ? generatePassword() : given;
  // createUser checks the login and the password's length; a bad COURT_CIRCUIT_ADMIN_* stops the start with its reason.
  try {
    await accounts.createUser({ login, name: 'Coordination', role: 'coordinator', password });
  } catch (error) {
    // Two instances started together on one database: the other one created it first.
    if (await accounts.hasCoordinator()) return { created: false };
    throw error;
  }
  if (given) {
    log(`Compte coordinateur créé : identifiant « ${login} », mot de passe pris dans COURT_CIRCUIT_ADMIN_PASSWORD.`);
    return { created: true, login, generated: false };
  }
  log(`Compte coordinateur créé : identifiant « ${login} » mot de passe « ${password} » — notez-le, il ne sera plus affiché.`);
  return { created: true, login, generated: true };
}
