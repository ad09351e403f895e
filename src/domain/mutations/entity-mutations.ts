/**
 * Create, edit and delete for the plain entities (areas, producers, groups, events): the fields are validated as a
 * whole after an edit, so that a patch can never leave a row the create schema would refuse. Optional references
 * (OPTIONAL_REFS) to a row that is gone are let go of rather than refused; `checkRefs` refuses the others.
 */
import { z } from '../zod';
import { idSchema } from '../people/entities';
import type { TableName } from '../rows/rows';
import { createdFields, defineMutation, editedFields, parseOrReject, readLive, refuseTaken, type PlanContext } from './define';

interface EntityOptions<Shape extends z.ZodRawShape> {
  table: TableName;
  fields: z.ZodObject<Shape>;
  /** Rules across fields (an end after a start…), checked on create and on the row as an edit would leave it. */
  refine?: (value: z.output<z.ZodObject<Shape>>, ctx: z.RefinementCtx) => void;
  /** Checks of the references the row cannot do without (an offer's producer…), run after the fields are valid. */
  checkRefs?: (fields: Partial<z.output<z.ZodObject<Shape>>>, ctx: PlanContext) => Promise<void>;
}

export function entityMutations<Shape extends z.ZodRawShape>({ table, fields, refine, checkRefs }: EntityOptions<Shape>) {
  const noRule = () => undefined;
  const whole = fields.superRefine(refine ?? noRule);
  const create = defineMutation({
    // The created row is the fields plus an id, so the cross-field rule sees what it expects.
    args: fields
      .extend({ id: idSchema, demo: z.boolean().optional() })
      .superRefine((value, ctx) => (refine ?? noRule)(value as z.output<z.ZodObject<Shape>>, ctx)),
    async plan(args, ctx) {
      const { id, demo, ...values } = args as { id: string; demo?: boolean } & Record<string, unknown>;
      await refuseTaken(ctx, table, id);
      await checkRefs?.(values as Partial<z.output<z.ZodObject<Shape>>>, ctx);
      return [{ table, id, fields: { ...(await createdFields(ctx, table, values)), deleted: false, demo: demo ?? false } }];
    },
  });

  const update = defineMutation({
    args: z.object({ id: idSchema, patch: fields.partial() }),
    async plan({ id, patch }, ctx) {
      const existing = await readLive(ctx, table, id);
      parseOrReject(whole, { ...existing, ...patch }, 'patch');
      await checkRefs?.(patch as Partial<z.output<z.ZodObject<Shape>>>, ctx);
      return [{ table, id, fields: await editedFields(ctx, table, patch as Record<string, unknown>) }];
    },
  });

  const remove = defineMutation({
    args: z.object({ id: idSchema }),
    async plan({ id }, ctx) {
      await readLive(ctx, table, id);
      return [{ table, id, fields: { deleted: true } }];
    },
  });

  return { create, update, delete: remove };
}
