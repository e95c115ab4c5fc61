/**
 * The running header and footer Chromium prints on every PDF page: the synthetic label (when synthetic) and
 * the bulletin's title and period at the top, "第 N 页 / 共 M 页" at the bottom. The templates carry their own
 * font and size: Chromium does not apply the page's style to them.
 */
import type { BulletinDocument } from '@observatory/core';
import { SYNTHETIC_LABEL } from '../../demo/file-labels.ts';
import { escapeHtml } from './html-text.ts';

const BOX =
  'font-family:"Noto Sans CJK SC",sans-serif;font-size:8px;width:100%;margin:0 15mm;display:flex;justify-content:space-between;';

export function pdfHeaderTemplate(document: BulletinDocument): string {
  const label = document.synthetic ? `【${escapeHtml(SYNTHETIC_LABEL)}】` : '';
  const title = `${escapeHtml(document.title.zh)}　${escapeHtml(document.period.label.zh)}`;
  return `<div style='${BOX}color:#555'><span style="color:#c00000;font-weight:bold">${label}</span><span>${title}</span></div>`;
}

export function pdfFooterTemplate(): string {
  return `<div style='${BOX}justify-content:center;color:#333'>第 <span class="pageNumber"></span> 页 / 共 <span class="totalPages"></span> 页</div>`;
}
