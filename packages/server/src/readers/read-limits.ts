/**
 * Limits every reader enforces before and while turning bytes into rows, so that an oversized or
 * hostile upload fails fast with a ReaderError instead of exhausting memory. Callers may tighten or
 * loosen single limits; the rest keep their defaults.
 */
const mebibyte = 1024 * 1024;

export interface ReadLimits {
  /** Size of the uploaded file in bytes. */
  maxFileBytes: number;
  /** Rows in one sheet (the last row's number, counting empty rows before it). */
  maxRowsPerSheet: number;
  /** Columns in one row. */
  maxColumns: number;
  /** Sheets in one workbook. */
  maxSheets: number;
  /** Entries in a ZIP container (xlsx). */
  maxZipEntries: number;
  /** Sum of the declared uncompressed sizes of all ZIP entries. */
  maxZipUncompressedBytes: number;
  /** Uncompressed / compressed size of one entry ... */
  maxZipCompressionRatio: number;
  /** ... checked only for entries larger than this when uncompressed. */
  zipRatioMinBytes: number;
}

export const defaultReadLimits: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 50 * mebibyte,
  maxRowsPerSheet: 2_000_000,
  maxColumns: 500,
  maxSheets: 50,
  maxZipEntries: 2_000,
  maxZipUncompressedBytes: 500 * mebibyte,
  maxZipCompressionRatio: 200,
  zipRatioMinBytes: 1 * mebibyte,
});

/** The defaults with the given limits replaced; a limit that is not a positive number is refused. */
export function resolveReadLimits(overrides: Partial<ReadLimits> = {}): ReadLimits {
  const limits: ReadLimits = { ...defaultReadLimits };
  for (const [key, value] of Object.entries(overrides) as [keyof ReadLimits, number | undefined][]) {
    if (value === undefined) continue;
    if (!(typeof value === 'number' && value > 0)) {
      throw new RangeError(`读取上限 ${key} 必须为正数 (read limit ${key} must be a positive number): ${value}`);
    }
    limits[key] = value;
  }
  return limits;
}
