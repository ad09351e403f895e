/** Turns a request's `Authorization: Bearer <token>` into a session, or a 401/403 the app can act on by its code. */
import type { FastifyRequest } from 'fastify';
import type { Role } from '../../domain/access/account';
import { HttpError } from '../http-errors';
import type { Actor } from '../replication/actor';
import type { Accounts, Session, SessionFailure } from './accounts';

const FAILURE_MESSAGES: Record<SessionFailure, string> = {
  unauthenticated: 'Sign in first: this request carries no valid session.',
  sessionRevoked: 'This device was signed out by a coordinator. Sign in again to sync.',
  sessionExpired: 'This session has expired. Sign in again to sync.',
};

export async function sessionOf(accounts: Accounts, request: FastifyRequest): Promise<Session> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer ([^\s]+)$/i.exec(header.trim());
  const result = match ? await accounts.authenticate(match[1] as string) : ({ ok: false, code: 'unauthenticated' } as const);
  if (!result.ok) throw new HttpError(401, result.code, FAILURE_MESSAGES[result.code]);
  return result;
}

export function requireRole(session: Session, ...roles: Role[]): void {
  if (!roles.includes(session.user.role)) {
    throw new HttpError(403, 'forbidden', `Only a ${roles.join(' or ')} account may do this.`);
  }
}

/** The `authenticate` dependency of buildApp, backed by the accounts tables. */
export function bearerAuthenticator(accounts: Accounts): (request: FastifyRequest) => Promise<Actor> {
  return async (request) => (await sessionOf(accounts, request)).actor;
}
