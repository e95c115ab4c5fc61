/**
 * Enterprise pages for county staff: its own county's enterprise opens; another county's is refused with the
 * server's message and shows nothing of that enterprise; the list holds its own unit only.
 */
import type { Browser } from 'playwright-core';
import { request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserFixture, launchBrowser, openPage, saveScreenshot, signIn } from './harness/browser-kit.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Unit {
  id: string;
  name: { zh: string };
}

/** What the city sees of enterprise B (to be sure the county never sees it), and the unit names. */
async function cityView(uscc: string) {
  const { baseUrl, accounts } = browserFixture();
  const api = await request.newContext({ baseURL: baseUrl });
  const login = await api.post('/api/auth/login', {
    data: { login: accounts.analyst.login, password: accounts.analyst.password },
  });
  expect(login.status()).toBe(200);
  const enterprise = (await (await api.get(`/api/enterprises/${uscc}`)).json()) as {
    name: string;
    land: { parcels: { certificateNo: string }[] };
  };
  const units = (await (await api.get('/api/reporting-units')).json()) as Unit[];
  await api.dispose();
  return { enterprise, units };
}

describe('enterprise pages and the county scope', () => {
  it('opens its own enterprise, refuses another county’s with the server’s message, lists its unit only', async () => {
    const { accounts, enterpriseA, enterpriseB, unitA } = browserFixture();
    const { enterprise: secret, units } = await cityView(enterpriseB);
    const unitAName = units.find((unit) => unit.id === unitA)!.name.zh;
    const page = await openPage(browser);
    await signIn(page, accounts.countyA, `/enterprises/${enterpriseA}`);
    await page.getByRole('heading', { name: '名称沿革' }).waitFor();
    await expect(page.getByText(enterpriseA).first().isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: '地块' }).waitFor();

    await page.goto(`/enterprises/${enterpriseB}`);
    const refusal = page.getByRole('alert').filter({ hasText: '无权查看其他县（市、区）的企业' });
    await refusal.waitFor();
    const serverMessage = (await refusal.getByText(/^服务器答复/).textContent())!;
    expect(serverMessage).toMatch(/不在您的数据范围内/);
    const content = (await page.locator('main').innerText()).replace(serverMessage, '');
    expect(content).not.toContain(enterpriseB);
    expect(content).not.toContain(secret.name);
    for (const parcel of secret.land.parcels) expect(content).not.toContain(parcel.certificateNo);
    await expect(page.getByRole('heading', { name: '名称沿革' }).count()).resolves.toBe(0);
    await saveScreenshot(page, '42-county-refused');

    await page.getByRole('link', { name: '返回本县（市、区）企业名录' }).click();
    await page.getByRole('table').filter({ hasText: '统一社会信用代码' }).waitFor();
    const unitCells = page.locator('table.data tbody tr td:nth-child(3)');
    // The unit names come from /api/reporting-units, read beside the list: until then the cells show unit ids.
    await unitCells.filter({ hasText: unitAName }).first().waitFor();
    const unitsShown = await unitCells.allTextContents();
    expect(unitsShown.length).toBeGreaterThan(0);
    expect(new Set(unitsShown)).toEqual(new Set([unitAName]));
    await expect(page.getByText(enterpriseB).count()).resolves.toBe(0);
    await page.context().close();
  });
});
