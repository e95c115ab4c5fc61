/**
 * playwright-core, imported on first use and kept: it costs ~650 ms to import and is needed only to print a
 * PDF through Chromium. Modules that need its types use `import type`.
 */
import type * as Playwright from 'playwright-core';

let loading: Promise<typeof Playwright> | undefined;

export function loadPlaywright(): Promise<typeof Playwright> {
  loading ??= import('playwright-core');
  return loading;
}
