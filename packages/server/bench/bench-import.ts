/**
 * npm run bench:import — the import path against raw COPY of the same rows, measured in the same run:
 *  1. monthly statistics CSV files (default 1,000,000 rows: 20,000 firms × 50 months) into PostgreSQL and
 *     into PGlite, through importFile (parse, detect, validate, resolve enterprises, store, revisions);
 *  2. the baseline: COPY of the same data rows into a plain table of text columns;
 *  3. 100,000 rows as one .xlsx against the same rows as CSV, both through importFile.
 * Options: --rows N --firms N --xlsx-rows N --engines pglite,postgresql. Prints a table and JSON.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../src/db/database.ts';
import { importFile } from '../src/services/intake/import-file.ts';
import { statsCsv } from './synthetic-stats-csv.ts';
import { fmt, timed } from './timing.ts';
import { withBenchDatabase } from './with-bench-database.ts';

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const rows = option('--rows', 1_000_000);
const firms = option('--firms', 20_000);
const xlsxRows = option('--xlsx-rows', 100_000);
const enginesArg = process.argv.indexOf('--engines');
const engines = (enginesArg >= 0 ? process.argv[enginesArg + 1]! : 'postgresql,pglite').split(',');

const periods = Array.from({ length: Math.ceil(rows / firms) }, (_, index) => ({
  year: 2020 + Math.floor(index / 11),
  month: 2 + (index % 11),
}));
const files = periods.map((period) => ({ ...period, text: statsCsv(firms, period.year, period.month) }));
const dataRows = (text: string) => text.split('\n').slice(3).join('\n');

async function baselineCopy(database: Database, adminUrl: string | null): Promise<number> {
  await database.db.schema
    .createTable('bench_raw')
    .ifNotExists()
    .addColumn('uscc', 'text')
    .addColumn('name', 'text')
    .addColumn('unit', 'text')
    .addColumn('industry', 'text')
    .addColumn('output', 'text')
    .addColumn('output_base', 'text')
    .addColumn('revenue', 'text')
    .addColumn('revenue_base', 'text')
    .execute();
  const { seconds } = await timed(async () => {
    if (database.pglite) {
      for (const file of files) {
        await database.pglite.query("copy bench_raw from '/dev/blob' with (format csv)", [], {
          blob: new Blob([dataRows(file.text)]),
        });
      }
      return;
    }
    const client = new pg.Client({ connectionString: adminUrl! });
    await client.connect();
    for (const file of files)
      await pipeline(
        Readable.from([dataRows(file.text)]),
        client.query(copyFrom('copy bench_raw from stdin with (format csv)')),
      );
    await client.end();
  });
  return seconds;
}

async function productImport(
  database: Database,
  texts: readonly { name: string; bytes: Uint8Array }[],
): Promise<number> {
  const { seconds } = await timed(async () => {
    for (const file of texts) {
      const result = await importFile(database, {
        bytes: file.bytes,
        fileName: file.name,
        createEnterprises: true,
        actor: 'bench',
      });
      if (result.status !== 'committed')
        throw new Error(`${file.name}: ${result.status} ${JSON.stringify(result.issues.slice(0, 3))}`);
    }
  });
  return seconds;
}

async function xlsxBytes(count: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('2024年1-10月');
  for (const line of statsCsv(count, 2024, 10).trimEnd().split('\n')) {
    sheet.addRow(line.split(',').map((cell, index) => (index >= 4 && /^[\d.]+$/.test(cell) ? Number(cell) : cell)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const report: Record<string, unknown> = { rows, firms, files: files.length, xlsxRows };
const encoder = new TextEncoder();
const csvFiles = files.map((file) => ({
  name: `stats-${file.year}-${file.month}.csv`,
  bytes: encoder.encode(file.text),
}));
for (const engine of engines) {
  await withBenchDatabase(engine, async (database, url) => {
    const baseline = await baselineCopy(database, url);
    const product = await productImport(database, csvFiles);
    report[engine] = {
      baselineCopySeconds: baseline,
      importSeconds: product,
      ratio: baseline / product,
      rowsPerSecond: rows / product,
    };
    console.log(
      `${engine}: raw COPY ${fmt(baseline)} s, import ${fmt(product)} s, ratio ${fmt(baseline / product, 3)} (${Math.round(rows / product)} rows/s)`,
    );
  });
}
await withBenchDatabase(engines[0]!, async (database) => {
  const xlsx = await xlsxBytes(xlsxRows);
  const csv = encoder.encode(statsCsv(xlsxRows, 2024, 9));
  const csvSeconds = await productImport(database, [{ name: 'stats-2024-9.csv', bytes: csv }]);
  const xlsxSeconds = await productImport(database, [{ name: 'stats-2024-10.xlsx', bytes: xlsx }]);
  report.xlsx = {
    engine: engines[0],
    csvSeconds,
    xlsxSeconds,
    ratio: csvSeconds / xlsxSeconds,
    xlsxBytes: xlsx.byteLength,
  };
  console.log(
    `xlsx ${xlsxRows} rows on ${engines[0]}: csv ${fmt(csvSeconds)} s, xlsx ${fmt(xlsxSeconds)} s, ratio ${fmt(csvSeconds / xlsxSeconds, 3)}`,
  );
});
console.log(JSON.stringify(report));
