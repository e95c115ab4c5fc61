/** Column types shared by the table interfaces: timestamps and exact decimals (numeric comes back as text). */
import type { ColumnType } from 'kysely';

export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
/** A time that is set again when the row is recomputed. */
export type UpdatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
export type Numeric = ColumnType<string, string | number, string | number>;
export type NullableNumeric = ColumnType<string | null, string | number | null, string | number | null>;
