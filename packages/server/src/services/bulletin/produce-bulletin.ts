/**
 * The bulletin of a period as a file: built (statistics + disclosure control for the audience), then
 * rendered as xlsx, PDF (Chromium) or JSON. Marked synthetic when the data came from the demo data set.
 */
import type { BulletinDocument, DisclosureRules } from '@observatory/core';
import type { Kysely } from 'kysely';
import { AppError } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { renderBulletinPdf } from '../../reports/bulletin/render-bulletin-pdf.ts';
import { renderBulletinXlsx } from '../../reports/bulletin/render-bulletin-xlsx.ts';
import { hasDemoData } from '../../repositories/statistics.repository.ts';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import { buildBulletin } from './build-bulletin.ts';

export type BulletinFormat = 'xlsx' | 'pdf' | 'json';

export const BULLETIN_MEDIA_TYPES: Record<BulletinFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  json: 'application/json',
};

export function parseBulletinFormat(text: string): BulletinFormat {
  if (text === 'xlsx' || text === 'pdf' || text === 'json') return text;
  throw new AppError(
    'validation_failed',
    `格式 "${text}" 无效，应为 xlsx、pdf 或 json (format must be xlsx, pdf or json)`,
  );
}

/** The format a file name asks for (FILE.xlsx, FILE.pdf, FILE.json). */
export function bulletinFormatOfFile(fileName: string): BulletinFormat {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return parseBulletinFormat(extension);
}

export interface ProduceBulletinInput {
  year: number;
  month: number;
  format: BulletinFormat;
  systemIds?: readonly string[] | undefined;
  audience: Audience;
  rules: DisclosureRules;
  chromiumPath?: string | undefined;
}

export interface BulletinFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/** The bulletin as data, marked synthetic when the demo data set was loaded. */
export async function buildBulletinDocument(
  db: Kysely<DatabaseSchema>,
  input: Omit<ProduceBulletinInput, 'format' | 'chromiumPath'>,
): Promise<BulletinDocument> {
  return buildBulletin(db, { ...input, synthetic: await hasDemoData(db) });
}

export async function produceBulletin(db: Kysely<DatabaseSchema>, input: ProduceBulletinInput): Promise<BulletinFile> {
  const document = await buildBulletinDocument(db, input);
  const fileName = `集群专刊_${input.year}年${input.month === 0 ? '' : `1-${input.month}月`}.${input.format}`;
  const bytes =
    input.format === 'xlsx'
      ? await renderBulletinXlsx(document)
      : input.format === 'pdf'
        ? await renderBulletinPdf(document, { executablePath: input.chromiumPath })
        : new TextEncoder().encode(JSON.stringify(document, null, 2));
  return { fileName, mediaType: BULLETIN_MEDIA_TYPES[input.format], bytes: new Uint8Array(bytes) };
}
