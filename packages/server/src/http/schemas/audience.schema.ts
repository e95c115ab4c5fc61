/**
 * The `audience` query parameter of aggregate routes: `public` (default), `unit:<reporting unit id>` or `full`,
 * parsed into a disclosure audience; whether the caller may receive it is checked by permittedAudience.
 */
import { z } from 'zod';
import { parseAudience } from '../../services/disclosure/parse-audience.ts';

export const audienceParam = z
  .string()
  .default('public')
  .transform((text, context) => {
    try {
      return parseAudience(text);
    } catch (error) {
      context.addIssue({ code: 'custom', message: (error as Error).message });
      return z.NEVER;
    }
  });
