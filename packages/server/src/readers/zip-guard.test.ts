import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { utils, write } from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/fixtures/readers/build-zip.ts';
import { resolveReadLimits } from './read-limits.ts';
import { checkZipContainer } from './zip-guard.ts';
import { verifyZipEntries } from './zip-inflate-check.ts';

const limits = resolveReadLimits();
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/readers/${name}`, import.meta.url));
const mebibyte = 1024 * 1024;

/** Both steps the xlsx reader runs before exceljs sees the bytes. */
async function guard(bytes: Uint8Array, overrides = {}) {
  const entries = checkZipContainer(bytes, 'upload.xlsx', { ...limits, ...overrides });
  await verifyZipEntries(bytes, entries, 'upload.xlsx');
  return entries;
}

async function streamedXlsx(): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output });
  const sheet = writer.addWorksheet('流式');
  for (let i = 1; i <= 50; i++) sheet.addRow([`企业${i}`, i]).commit();
  sheet.commit();
  await writer.commit();
  return Buffer.concat(chunks);
}

describe('checkZipContainer on real xlsx files', () => {
  it.each([
    ['exceljs (JSZip)', async () => fixture('survey.xlsx')],
    ['exceljs streaming writer (archiver, data descriptors)', streamedXlsx],
    [
      'SheetJS',
      async () =>
        write(utils.book_new(utils.aoa_to_sheet([['a', 1]]), 'S'), { type: 'buffer', bookType: 'xlsx' }) as Buffer,
    ],
  ])('accepts one written by %s', async (_writer, make) => {
    const entries = await guard(await make());
    expect(entries.map((entry) => entry.name)).toContain('xl/workbook.xml');
  });
});

describe('checkZipContainer refuses', () => {
  const zeros = Buffer.alloc(20 * mebibyte);

  it('a zip bomb: 20 MiB of zeros deflated to a few KB', async () => {
    const bomb = buildZip([{ name: 'xl/worksheets/sheet1.xml', data: zeros }]);
    expect(bomb.length).toBeLessThan(100_000);
    await expect(guard(bomb)).rejects.toMatchObject({ code: 'zip_bomb', place: { entry: 'xl/worksheets/sheet1.xml' } });
    await expect(guard(bomb)).rejects.toThrow(
      /压缩比 \d+ 超过上限 200.*compression ratio \d+ exceeds the limit of 200/,
    );
  });

  it('a highly compressed entry only above 1 MiB uncompressed', async () => {
    await expect(guard(buildZip([{ name: 'a.xml', data: Buffer.alloc(mebibyte) }]))).resolves.toHaveLength(1);
    const justOver = buildZip([{ name: 'a.xml', data: Buffer.alloc(mebibyte + 1) }]);
    await expect(guard(justOver)).rejects.toMatchObject({ code: 'zip_bomb' });
  });

  it('an entry that inflates past the size it declares (a lying bomb)', async () => {
    const liar = buildZip([{ name: 'xl/sharedStrings.xml', data: zeros, declaredSize: 1000 }]);
    await expect(guard(liar)).rejects.toMatchObject({ code: 'zip_bomb', message: expect.stringMatching(/1000/) });
  });

  it('thousands of entries, from the declared count', async () => {
    const many = buildZip(Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') })));
    await expect(guard(many)).rejects.toThrow(/2001 个条目，上限 2000.*2001 entries, limit 2000/);
    await expect(guard(many, { maxZipEntries: 3000 })).resolves.toHaveLength(2001);
  });

  it('a total uncompressed size over the limit', async () => {
    const two = buildZip([
      { name: 'a', data: Buffer.alloc(600) },
      { name: 'b', data: Buffer.alloc(600) },
    ]);
    await expect(guard(two, { maxZipUncompressedBytes: 1000 })).rejects.toThrow(/1200 B.*1000 B/);
  });

  it('overlapping entries (several directory entries on one local header)', async () => {
    const overlapping = buildZip([{ name: 'a.xml', data: Buffer.from('<a/>') }], { extraDirectoryEntriesAtFirst: 3 });
    await expect(guard(overlapping)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/overlap/),
    });
  });

  it('a truncated file and a damaged directory', async () => {
    const xlsx = fixture('survey.xlsx');
    await expect(guard(xlsx.subarray(0, xlsx.length / 2))).rejects.toMatchObject({ code: 'corrupt' });
    const damaged = Buffer.from(xlsx);
    damaged.writeUInt32LE(0, damaged.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])));
    await expect(guard(damaged)).rejects.toMatchObject({ code: 'corrupt' });
  });

  it('a local header that disagrees with the directory', async () => {
    const zip = buildZip([{ name: 'a.xml', data: Buffer.from('<a>hello</a>') }]);
    zip.writeUInt32LE(1, 18);
    await expect(guard(zip)).rejects.toMatchObject({
      code: 'corrupt',
      message: expect.stringMatching(/local file header/),
    });
  });

  it('damaged compressed data, a wrong CRC, and encrypted entries', async () => {
    const garbage = buildZip([{ name: 'a.xml', data: Buffer.from('abc'), rawData: Buffer.from([0xff, 0xff, 0xff]) }]);
    await expect(guard(garbage)).rejects.toMatchObject({ code: 'corrupt' });
    const crc = buildZip([{ name: 'a.xml', data: Buffer.from('abc') }]);
    crc.writeUInt32LE((crc.readUInt32LE(14) ^ 1) >>> 0, 14);
    crc.writeUInt32LE((crc.readUInt32LE(crc.indexOf('PK\x01\x02') + 16) ^ 1) >>> 0, crc.indexOf('PK\x01\x02') + 16);
    await expect(guard(crc)).rejects.toThrow(/CRC/);
    const encrypted = buildZip([{ name: 'a.xml', data: Buffer.from('abc') }]);
    encrypted.writeUInt16LE(0x801, encrypted.indexOf('PK\x01\x02') + 8);
    await expect(guard(encrypted)).rejects.toMatchObject({ code: 'unsupported_type' });
  });
});

describe('ZIP64', () => {
  it('reads the directory through the ZIP64 end record and enforces the limits on its counts', async () => {
    const entries = [
      { name: 'a.xml', data: Buffer.from('<a/>') },
      { name: 'b.xml', data: Buffer.from('<b/>') },
    ];
    const zip = buildZip(entries, { zip64: true });
    expect((await guard(zip)).map((entry) => [entry.name, entry.uncompressedSize])).toEqual([
      ['a.xml', 4],
      ['b.xml', 4],
    ]);
    await expect(guard(zip, { maxZipEntries: 1 })).rejects.toMatchObject({ code: 'zip_bomb' });
  });
});
