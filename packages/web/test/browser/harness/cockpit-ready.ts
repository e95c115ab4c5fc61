/**
 * When the cockpit counts as shown: the three KPI values are on screen and the county map has been drawn (its
 * chart box marked data-rendered="true" with SVG paths in it). Used by the cockpit browser test and by the
 * cockpit benchmark (npm run bench:web), which both time a fresh navigation to this point: `shown` is the page's
 * clock when a check (every 20 ms) first finds it so, `settled` the page's clock when the page next runs a script
 * of ours, after whatever it was doing then (the ranking drawn after the map, say).
 */
import type { Page } from 'playwright-core';

export const MAP_LABEL = '嘉兴市各县（市、区）地图';

const cockpitShown = (mapLabel: string): number | false => {
  const values = document.querySelectorAll('[data-kpi-value="true"]');
  const map = document.querySelector(`[aria-label="${mapLabel}"][data-rendered="true"]`);
  return values.length >= 3 && map !== null && map.querySelector('svg path') !== null ? performance.now() : false;
};

/** Waits until the cockpit is shown; resolves with the page's clock (performance.now()) at that moment. */
export async function waitForCockpit(page: Page, timeout = 180_000): Promise<number> {
  const shown = await page.waitForFunction(cockpitShown, MAP_LABEL, { timeout, polling: 20 });
  return (await shown.jsonValue()) as number;
}

export interface CockpitTimes {
  /** Milliseconds from the start of the navigation until a check found the cockpit shown. */
  shown: number;
  /** Milliseconds from the start of the navigation until the page next ran a script after that. */
  settled: number;
}

/** Times a fresh navigation to `path` until the cockpit is shown (the page's performance.now()). */
export async function cockpitRenderTime(page: Page, path: string): Promise<CockpitTimes> {
  await page.goto(path, { timeout: 180_000 });
  const shown = await waitForCockpit(page);
  const settled = await page.evaluate(() => performance.now());
  return { shown, settled };
}
