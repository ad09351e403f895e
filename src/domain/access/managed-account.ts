/**
 * The coordinator's account administration as it travels between the app and the server (/api/accounts): the
 * requests, checked the same way on both sides, and the answers. Messages are catalog keys where the app shows
 * them beside a field (validation.*), plain English where only the API answers them.
 */
import { z } from '../zod';
import { idSchema } from '../people/entities';
import { ROLES } from './account';

/** A password a person chooses; the server's hashing module keeps the same bounds. */
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
// Enough for a territory's groups; a bound so that a body cannot make the server check thousands of ids.
const MAX_GROUPS = 200;

export const loginField = z
  .string()
  .trim()
  .min(2, 'validation.loginTooShort')
  .max(80, 'validation.tooLong')
  .regex(/^[\p{L}\p{N}._@-]+$/u, 'validation.loginChars');

const nameField = z.string().trim().min(1, 'validation.required').max(100, 'validation.tooLong');
const groupIdsField = z.array(idSchema).max(MAX_GROUPS);

/** A new account: its password is made by the server, shown once, and must be changed at the first login. */
export const newAccountRequest = z.discriminatedUnion('role', [
  z.object({ role: z.literal('coordinator'), login: loginField, name: nameField }).strict(),
  z
    .object({
      role: z.literal('animator'),
      login: loginField,
      name: nameField,
      groupIds: groupIdsField.min(1, 'validation.groupsRequired'),
    })
    .strict(),
  z.object({ role: z.literal('producer'), login: loginField, name: nameField, producerId: idSchema }).strict(),
]);
export type NewAccountRequest = z.infer<typeof newAccountRequest>;

export const groupsRequest = z.object({ groupIds: groupIdsField.min(1, 'validation.groupsRequired') }).strict();
export const producerLinkRequest = z.object({ producerId: idSchema }).strict();

export const changePasswordRequest = z
  .object({
    currentPassword: z.string().min(1, 'validation.required').max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH, 'validation.passwordTooShort').max(PASSWORD_MAX_LENGTH, 'validation.tooLong'),
  })
  .strict()
  .refine((body) => body.newPassword !== body.currentPassword, {
    path: ['newPassword'],
    message: 'validation.passwordUnchanged',
  });
export type ChangePasswordRequest = z.infer<typeof changePasswordRequest>;

export const accountDevice = z.object({
  sessionId: z.string(),
  clientId: z.string(),
  deviceName: z.string(),
  /** Milliseconds since the epoch: the session's last contact with the server (a sync), kept to the minute. */
  lastSeenAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type AccountDevice = z.infer<typeof accountDevice>;

export const managedAccount = z.object({
  id: z.string(),
  login: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  groupIds: z.array(z.string()),
  producerId: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  createdAt: z.number(),
  devices: z.array(accountDevice),
});
export type ManagedAccount = z.infer<typeof managedAccount>;

export const AUDIT_ACTIONS = ['create', 'groups', 'producer', 'resetPassword', 'disable'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const auditEntry = z.object({
  id: z.number(),
  at: z.number(),
  actorLogin: z.string(),
  accountId: z.string(),
  accountLogin: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  /** What changed, e.g. {groupIds: {from, to}}; never a password. */
  changes: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof auditEntry>;

export const accountsResponse = z.object({ accounts: z.array(managedAccount) });
/** Creating an account or resetting its password: the one-time password, answered once and never again. */
export const oneTimePasswordResponse = z.object({ account: managedAccount, oneTimePassword: z.string() });
export const accountResponse = z.object({ account: managedAccount });
export const auditResponse = z.object({ entries: z.array(auditEntry) });
