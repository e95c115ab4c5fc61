/** A name in the product's two languages: Chinese first, English second. */
import { z } from 'zod';

export const bilingualNameSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});

export type BilingualName = z.infer<typeof bilingualNameSchema>;
