/**
 * The monthly bulletin as a PDF: the print-ready HTML page (bulletin-html.ts) printed by Chromium to A4 with
 * the running header (synthetic label, title) and page numbers. JavaScript is off and every network request
 * is refused: the page is self-contained. Pass a browser to reuse one (the API server); otherwise one is
 * launched for the call and closed. Returns the file's bytes.
 */
import type { BulletinDocument } from '@observatory/core';
import type { Browser } from 'playwright-core';
import { buildBulletinHtml } from './bulletin-html.ts';
import { DEFAULT_CHROMIUM_PATH, withChromium } from './chromium.ts';
import { pdfFooterTemplate, pdfHeaderTemplate } from './pdf-templates.ts';

export interface RenderBulletinPdfOptions {
  /** A running browser to use (left open); otherwise Chromium at `executablePath` is launched and closed. */
  browser?: Browser;
  executablePath?: string;
}

async function printPdf(browser: Browser, document: BulletinDocument): Promise<Buffer> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN' });
  try {
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(await buildBulletinHtml(document), { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: pdfHeaderTemplate(document),
      footerTemplate: pdfFooterTemplate(),
      margin: { top: '18mm', bottom: '16mm', left: '15mm', right: '15mm' },
    });
  } finally {
    await context.close();
  }
}

export async function renderBulletinPdf(
  document: BulletinDocument,
  options: RenderBulletinPdfOptions = {},
): Promise<Buffer> {
  if (options.browser) return printPdf(options.browser, document);
  return withChromium((browser) => printPdf(browser, document), options.executablePath ?? DEFAULT_CHROMIUM_PATH);
}
