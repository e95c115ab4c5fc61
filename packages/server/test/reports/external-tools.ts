/**
 * The external programs the bulletin tests check the files with — LibreOffice (does the xlsx open, what does
 * each sheet show) and pdftotext (what text does the PDF carry) — run with time limits. A missing program
 * fails the test with a message saying what to install; it is never skipped.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The program's path on PATH (or the absolute path itself); throws a clear bilingual error when absent. */
export async function requireTool(command: string, packageName: string): Promise<string> {
  const candidates = command.startsWith('/')
    ? [command]
    : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, command));
  for (const candidate of candidates) {
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // try the next directory
    }
  }
  throw new Error(
    `测试需要 ${command}，但未找到；请安装 ${packageName}（CI 会安装） ` +
      `(this test needs ${command}, which was not found: install ${packageName}; CI installs it)`,
  );
}

/** A scratch directory removed by the returned cleanup. */
export async function scratchDir(prefix: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Every sheet of the workbook as CSV text, as LibreOffice displays it (formatted values), by sheet name.
 * Filter options: comma, double quote, UTF-8, from line 1, …, "save cell contents as shown", sheet −1 = all
 * sheets, each to FILE-SheetName.csv. LibreOffice gets a profile of its own so parallel runs do not collide.
 */
export async function xlsxSheetsAsCsv(xlsx: Buffer): Promise<Map<string, string>> {
  const libreoffice = await requireTool('libreoffice', 'libreoffice (libreoffice-calc)');
  const { dir, cleanup } = await scratchDir('bulletin-lo-');
  try {
    await writeFile(join(dir, 'bulletin.xlsx'), xlsx);
    await run(
      libreoffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'bulletin.xlsx'),
      ],
      { timeout: 120_000 },
    );
    const sheets = new Map<string, string>();
    for (const file of await readdir(join(dir, 'out'))) {
      const match = /^bulletin-(.+)\.csv$/u.exec(file);
      if (match?.[1]) sheets.set(match[1], await readFile(join(dir, 'out', file), 'utf8'));
    }
    return sheets;
  } finally {
    await cleanup();
  }
}

/** The PDF's text in reading order with its layout (pdftotext -layout), pages separated by form feeds. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const pdftotext = await requireTool('pdftotext', 'poppler-utils');
  const { dir, cleanup } = await scratchDir('bulletin-pdf-');
  try {
    await writeFile(join(dir, 'bulletin.pdf'), pdf);
    const { stdout } = await run(pdftotext, ['-layout', '-enc', 'UTF-8', join(dir, 'bulletin.pdf'), '-'], {
      timeout: 60_000,
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  } finally {
    await cleanup();
  }
}

/** The fonts pdffonts lists for the PDF (name, type, embedded). */
export async function pdfFonts(pdf: Buffer): Promise<string> {
  const pdffonts = await requireTool('pdffonts', 'poppler-utils');
  const { dir, cleanup } = await scratchDir('bulletin-fonts-');
  try {
    await writeFile(join(dir, 'bulletin.pdf'), pdf);
    return (await run(pdffonts, [join(dir, 'bulletin.pdf')], { timeout: 60_000 })).stdout;
  } finally {
    await cleanup();
  }
}
