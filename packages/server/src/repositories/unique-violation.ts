/** True when the error is PostgreSQL's unique violation (23505): a concurrent insert of the same key. */
export const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';
