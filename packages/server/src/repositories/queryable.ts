/** What a repository function runs its SQL on: the database or a transaction of it. */
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema.ts';

export type Queryable = Kysely<DatabaseSchema>;

/** Splits rows into chunks small enough for one INSERT (PostgreSQL allows 65,535 bind parameters). */
export function chunked<T>(rows: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

/** Escapes LIKE wildcards so user text matches literally (the default escape character is \\). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
