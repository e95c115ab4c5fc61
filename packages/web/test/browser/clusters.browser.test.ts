/**
 * The cluster pages in a real browser: an analyst opens the clusters list, opens a cluster and sees its monthly
 * series chart and its breakdown by reporting unit; a county user gets no series (and is told why) and only its
 * own unit's member enterprises.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

const clusterPath = (period: string) => `/clusters/wuda/wuda-textile?period=${period}`;
/** A cluster page asks for several aggregates at once; on a busy two-core machine the server may take a while. */
const patient = { timeout: 300_000 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('clusters', () => {
  it('lists a system’s clusters and opens one with its series chart and unit breakdown', patient, async () => {
    const { accounts, latestPeriod } = browserFixture();
    const page = await openPage(browser);
    page.setDefaultTimeout(120_000);
    await signIn(page, accounts.analyst, `/clusters?system=wuda&period=${latestPeriod}`);
    await page.getByRole('heading', { name: '产业集群' }).waitFor();
    const table = page.getByRole('table', { name: /“五大”/ });
    const textile = table.getByRole('row').filter({ hasText: '现代纺织产业集群' });
    await textile.waitFor();
    await expect(textile.textContent()).resolves.toMatch(/\d+\.\d亿元/);
    await expect(textile.textContent()).resolves.toMatch(/[+-]\d+\.\d%/);
    await saveScreenshot(page, '20-clusters');

    await textile.click();
    await page.waitForURL(/\/clusters\/wuda\/wuda-textile/);
    await page.getByRole('heading', { name: '现代纺织产业集群', level: 1 }).waitFor();
    const series = page.getByRole('img', { name: '月度累计产值与可比增速图' });
    await series.and(page.locator('[data-rendered="true"]')).waitFor();
    expect(await series.locator('svg path').count()).toBeGreaterThan(10);

    const breakdown = page.getByRole('region', { name: '分县（市、区）情况' });
    await breakdown.getByRole('img', { name: '分县（市、区）产值条形图' }).waitFor();
    const unitRows = breakdown.getByRole('table').getByRole('row');
    await unitRows.nth(1).waitFor();
    expect(await unitRows.count()).toBeGreaterThan(5);

    const members = page.getByRole('region', { name: '成员企业' });
    await members.getByRole('table').getByRole('row').nth(1).waitFor();
    const indexCard = page.getByRole('region', { name: '集群发展指数' });
    await indexCard.getByText('维度').waitFor();
    await indexCard.getByText(/位次区间 \d+–\d+|位次稳定（\d+）/).waitFor();
    const projects = page.getByRole('region', { name: '集群项目' });
    await projects
      .getByText(/开工率|本年没有该集群的项目/)
      .first()
      .waitFor();
    const pools = page.getByRole('region', { name: '培育库企业' });
    await pools.getByRole('heading').waitFor();
    await saveScreenshot(page, '21-cluster-page');
    await page.context().close();
  });

  it('gives a county user no monthly series, says why, and lists only its own unit’s members', patient, async () => {
    const { accounts, latestPeriod, unitA } = browserFixture();
    const page = await openPage(browser);
    page.setDefaultTimeout(120_000);
    await signIn(page, accounts.countyA, clusterPath(latestPeriod));
    await page.getByRole('heading', { name: '现代纺织产业集群', level: 1 }).waitFor();
    const seriesCard = page.getByRole('region', { name: '月度走势' });
    await expect(seriesCard.getByRole('note').textContent()).resolves.toMatch(/仅限全量权限/);
    expect(await page.getByRole('img', { name: '月度累计产值与可比增速图' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: '集群发展指数' }).count()).toBe(0);

    const units = (await (await page.request.get('/api/reporting-units')).json()) as {
      id: string;
      name: { zh: string };
    }[];
    const ownName = units.find((unit) => unit.id === unitA)!.name.zh;
    const members = page.getByRole('region', { name: '成员企业' });
    await members.getByText('仅显示本县（市、区）的规上企业').waitFor();
    const rows = members.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    // The unit names come from /api/reporting-units, asked beside the members: until then the cells show unit ids.
    await rows.locator('td:nth-child(3)').filter({ hasText: ownName }).first().waitFor();
    const unitCells = await rows.locator('td:nth-child(3)').allTextContents();
    expect(unitCells.length).toBeGreaterThan(0);
    expect(new Set(unitCells)).toEqual(new Set([ownName]));
    await page.context().close();
  });
});
