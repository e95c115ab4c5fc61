/**
 * When the cockpit counts as shown: the three KPI values are on screen and the county map has been drawn (its
 * chart box marked data-rendered="true" with SVG paths in it). Used by the cockpit browser test and by the
 * cockpit benchmark (npm run bench:web), which both time a fresh navigation to this point.
 */
import type { Page } from 'playwright-core';

export const MAP_LABEL = '嘉兴市各县（市、区）地图';

export async function waitForCockpit(page: Page, timeout = 180_000): Promise<void> {
  await page.waitForFunction(
    (mapLabel) => {
      const values = document.querySelectorAll('[data-kpi-value="true"]');
      const map = document.querySelector(`[aria-label="${mapLabel}"][data-rendered="true"]`);
      return values.length >= 3 && map !== null && map.querySelector('svg path') !== null;
    },
    MAP_LABEL,
    { timeout, polling: 20 },
  );
}

/** Milliseconds from the start of the page's navigation until the cockpit is shown (performance.now()). */
export async function cockpitRenderTime(page: Page, path: string): Promise<number> {
  await page.goto(path, { timeout: 180_000 });
  await waitForCockpit(page);
  return page.evaluate(() => performance.now());
}
