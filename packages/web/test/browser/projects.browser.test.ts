/**
 * Projects in a real browser on the demo data: the analyst opens /projects (figures, 完成率 and 开工率 by unit and
 * by cluster, cluster investment growth, the overdue list) and one project's page (milestone timeline and the
 * monthly chart); a county account sees only its own unit's projects.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('projects', () => {
  it('shows the year by unit and cluster, the overdue projects and one project', { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 2200 });
    await signIn(page, browserFixture().accounts.analyst, '/projects');
    await page.getByRole('heading', { name: '重大工业项目推进', level: 1 }).waitFor();
    const byUnit = page.getByRole('table', { name: '按县（市、区）' });
    await byUnit.waitFor();
    expect(await byUnit.locator('tbody tr').count()).toBeGreaterThan(1);
    const byCluster = page.getByRole('table', { name: '按产业集群' });
    await expect(byCluster.textContent()).resolves.toMatch(/现代纺织|新能源|化工新材料|汽车|智能家居/u);
    await expect(page.getByRole('progressbar').count()).resolves.toBeGreaterThan(2);
    await expect(page.locator('.kpis').textContent()).resolves.toMatch(/年度完成率.*%/u);
    await page.getByRole('img', { name: '各集群工业投资增速' }).and(page.locator('[data-rendered="true"]')).waitFor();
    const overdue = page.getByRole('table', { name: '逾期项目' });
    await overdue.waitFor();
    await saveScreenshot(page, '95-projects');

    const first = overdue.locator('tbody tr').first().getByRole('link');
    const projectName = (await first.textContent())!;
    await first.click();
    await page.getByRole('heading', { name: projectName, level: 1 }).waitFor();
    const timeline = page.getByRole('list', { name: '项目节点' });
    await expect(timeline.textContent()).resolves.toContain('逾期');
    await page.getByRole('img', { name: '逐月累计完成投资' }).and(page.locator('[data-rendered="true"]')).waitFor();
    await saveScreenshot(page, '96-project');
    await page.context().close();
  });

  it("shows a county account only its own unit's projects", { timeout: 360_000 }, async () => {
    const page = await openPage(browser, { width: 1440, height: 1600 });
    await signIn(page, browserFixture().accounts.countyA, '/projects');
    await page.getByRole('heading', { name: '重大工业项目推进', level: 1 }).waitFor();
    const byUnit = page.getByRole('table', { name: '按县（市、区）' });
    const empty = page.getByText('本期没有项目清单中的项目');
    await byUnit.or(empty).first().waitFor();
    if (await byUnit.isVisible()) {
      await expect(byUnit.locator('tbody tr').count()).resolves.toBe(1);
      await expect(byUnit.locator('tbody tr').first().textContent()).resolves.toContain('南湖区');
    }
    await page
      .getByRole('img', { name: '各集群工业投资增速' })
      .and(page.locator('[data-rendered="true"]'))
      .or(empty)
      .first()
      .waitFor();
    const unitChoices = page.getByLabel('县（市、区）').locator('option');
    expect(await unitChoices.count()).toBeLessThanOrEqual(2);
    await saveScreenshot(page, '97-projects-county');
    await page.context().close();
  });
});
