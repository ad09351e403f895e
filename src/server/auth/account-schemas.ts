/** What a new account must look like, checked the same way by POST /api/users, the CLI and the first start. */
import { z } from '../../domain/zod';
import { idSchema } from '../../domain/people/entities';
import { ROLES } from '../../domain/access/account';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password';

export const newUserSchema = z
  .object({
    login: z
      .string()
      .trim()
      .min(2, 'The login needs at least 2 characters.')
      .max(80, 'The login has at most 80 characters.')
      .regex(/^[\p{L}\p{N}._@-]+$/u, 'The login may hold letters, digits and . _ @ - only (no spaces).'),
    name: z.string().trim().min(1, 'The name is required.').max(100, 'The name has at most 100 characters.'),
    role: z.enum(ROLES, `The role is one of ${ROLES.join(', ')}.`),
    password: z
      .string()
      .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters.`)
      .max(MAX_PASSWORD_LENGTH, `The password has at most ${MAX_PASSWORD_LENGTH} characters.`),
    groupIds: z.array(idSchema).max(200).default([]),
    producerId: idSchema.nullable().default(null),
  })
  .superRefine((user, ctx) => {
    if (user.role === 'producer' && user.producerId === null) {
      ctx.addIssue({ code: 'custom', path: ['producerId'], message: 'A producer account needs the id of its producer.' });
    }
    if (user.role !== 'producer' && user.producerId !== null) {
      ctx.addIssue({ code: 'custom', path: ['producerId'], message: 'Only a producer account speaks for a producer.' });
    }
    if (user.role !== 'animator' && user.groupIds.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['groupIds'], message: 'Only an animator account runs groups.' });
    }
  });
export type NewUser = z.input<typeof newUserSchema>;
export type ValidNewUser = z.output<typeof newUserSchema>;
