/** Schemas shared by several routes: names, paging, error body. */
import { z } from 'zod';

export const bilingualName = z.object({ zh: z.string(), en: z.string() }).meta({ id: 'BilingualName' });

export const paging = {
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string().optional(), message: z.string() })),
    }),
  })
  .meta({ id: 'Error' });

export const yearParam = z.coerce.number().int().min(1990).max(2100);

/** Query booleans as people write them: true/false, 1/0, 是/否. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0', '是', '否'])
  .transform((text) => text === 'true' || text === '1' || text === '是');

/** A report period: YYYY-MM (1–N月) or YYYY (annual, month 0). */
export const periodParam = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, '报告期应为 YYYY-MM 或 YYYY (period must be YYYY-MM or YYYY)')
  .transform((text) => ({ year: Number(text.slice(0, 4)), month: text.length > 4 ? Number(text.slice(5, 7)) : 0 }));
