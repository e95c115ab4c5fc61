/**
 * The footnotes under a table and the label every page of a synthetic bulletin carries. The marks' legends
 * ("x", "—") are added where the marks appear, from core's conventions; a document note saying the same is not
 * repeated.
 */
import { MISSING_FOOTNOTE, SUPPRESSED_FOOTNOTE, type BilingualName, type BulletinDocument } from '@observatory/core';
import { SYNTHETIC_LABEL } from '../../demo/file-labels.ts';
import { marksUsed, type BulletinTable } from './bulletin-table.ts';

export const SYNTHETIC_NOTICE: BilingualName = {
  zh: `【${SYNTHETIC_LABEL}】本专刊由合成演示数据生成，不代表任何真实企业或官方统计。`,
  en: 'Built from synthetic demo data: not real enterprises, not official statistics.',
};

const LEGENDS = new Set([SUPPRESSED_FOOTNOTE.zh, MISSING_FOOTNOTE.zh]);

/** The document's own notes without the marks' legends (the renderers add those where marks appear). */
export function documentNotes(document: BulletinDocument): BilingualName[] {
  return document.notes.filter((note) => !LEGENDS.has(note.zh));
}

/** The table's notes and the legends of the marks it uses. */
export function tableFootnotes(table: BulletinTable): BilingualName[] {
  const { suppressed, missing } = marksUsed(table);
  return [...table.notes, ...(suppressed ? [SUPPRESSED_FOOTNOTE] : []), ...(missing ? [MISSING_FOOTNOTE] : [])];
}
