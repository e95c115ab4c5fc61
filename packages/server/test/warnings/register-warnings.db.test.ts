/**
 * The register warnings of platforms and roadmap leads on both engines, with the shipped rule set: the platform
 * list of the platforms scenario (recognised 2019–2023, one delisted, one complex being built) and four leads
 * with dated trails, warnings run for 2024-12 (as of 2024-12-31). Expected: platform-review-due red for every
 * platform whose last 认定/复核 is more than 36 months old, orange for one due within 3 months, yellow within 6,
 * nothing for the delisted one or the complex cultivated since 2024-03; chain-lead-stalled for leads beyond their
 * stage's days, none for a landed lead or one added after the period; a county's staff see their unit's only.
 */
import { accessSubject } from '@observatory/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChainLeadWithHistory } from '../../src/services/chains/add-chain-lead-with-history.ts';
import { loadDemoChainLeads } from '../../src/services/chains/load-demo-chain-leads.ts';
import { importPlatformsFile } from '../../src/services/platforms/import-platforms-file.ts';
import { listWarnings } from '../../src/services/warnings/list-warnings.ts';
import { loadWarningRules } from '../../src/services/warnings/load-warning-rules.ts';
import { runWarnings } from '../../src/services/warnings/run-warnings.ts';
import { createTestDatabase, testEngine, type TestDatabase } from '../harness/test-database.ts';
import { loadPlatformScenario, platformListCsv } from '../platforms/platforms-scenario.ts';

let database: TestDatabase;
const admin = accessSubject('admin', 'city_admin', { kind: 'city' });

const leads = [
  // 线索 since 2024-08-01: 152 days, 62 over 90 → orange.
  {
    chainId: 'photovoltaic',
    linkId: 'cells',
    companyName: '甲光伏科技',
    ownerUnitId: '330481',
    since: '2024-08-01',
    moves: [],
  },
  // 接洽 since 2024-10-20: 72 days, 12 over 60 → yellow.
  {
    chainId: 'photovoltaic',
    linkId: 'silicon',
    companyName: '乙硅材料',
    ownerUnitId: '330411',
    since: '2024-06-01',
    moves: [{ to: 'contact' as const, on: '2024-10-20' }],
  },
  // 签约 2024-01-10, never landed: 356 days, 176 over 180 → red.
  {
    chainId: 'differentiated-fibre',
    linkId: 'nylon',
    companyName: '丙锦纶',
    ownerUnitId: '330483',
    since: '2023-05-01',
    moves: [
      { to: 'contact' as const, on: '2023-07-01' },
      { to: 'signed' as const, on: '2024-01-10' },
    ],
  },
  // Landed: never stalls.
  {
    chainId: 'photovoltaic',
    linkId: 'modules',
    companyName: '丁组件',
    ownerUnitId: '330481',
    since: '2023-01-01',
    moves: [{ to: 'landed' as const, on: '2023-06-01' }],
  },
  // Added after the period: not there on 2024-12-31.
  {
    chainId: 'photovoltaic',
    linkId: 'cells',
    companyName: '戊电池',
    ownerUnitId: '330481',
    since: '2025-03-01',
    moves: [],
  },
];

beforeAll(async () => {
  database = await createTestDatabase();
  await loadPlatformScenario(database);
  await importPlatformsFile(database.db, {
    bytes: platformListCsv(),
    fileName: 'platforms.csv',
    by: 'test',
    subject: admin,
  });
  for (const lead of leads) await addChainLeadWithHistory(database.db, { lead, by: 'test', subject: admin });
  await loadWarningRules(database.db, { loadedBy: 'test:shipped' });
  await runWarnings(database.db, { period: { year: 2024, month: 12 }, actor: 'test' });
}, 180_000);
afterAll(async () => database.destroy());

const found = async (ruleId: string, scope: Parameters<typeof listWarnings>[1]['enterpriseScope'] = { kind: 'all' }) =>
  (await listWarnings(database.db, { enterpriseScope: scope, ruleId })).warnings
    .map((w) => [w.subject.name.zh, w.severity] as const)
    .sort(([a], [b]) => a.localeCompare(b, 'zh'));

describe(`register warnings on ${testEngine}`, { timeout: 60_000 }, () => {
  it('warns of platforms due for review, from the shipped rule', async () => {
    expect(await found('platform-review-due')).toEqual(
      [
        ['嘉兴南湖新型工业化产业示范基地', 'red'], // 认定 2019-12-01, due 2022-12-01
        ['秀洲光伏特色产业园', 'red'], // 2020-05-01
        ['平湖汽车零部件特色产业园', 'red'], // 2021-07-01, due 2024-07-01
        ['桐乡现代纺织产业创新服务综合体', 'red'], // 2020-01-01
        ['秀洲光伏产业创新服务综合体', 'red'], // 2021-05-01
        ['嘉善智能家居小微企业园', 'orange'], // due 2025-01-15: 0 months left
        ['海宁光伏新型工业化产业示范基地', 'yellow'], // due 2025-06-01: 5 months left
      ].sort(([a], [b]) => a!.localeCompare(b!, 'zh')),
    );
    const [warning] = (
      await listWarnings(database.db, { enterpriseScope: { kind: 'all' }, ruleId: 'platform-review-due' })
    ).warnings.filter((w) => w.subject.name.zh === '平湖汽车零部件特色产业园');
    expect(warning).toMatchObject({ kind: 'platform_review_due', reportingUnitId: '330482', owner: 'unit:330482' });
    expect(warning!.subject.id).toMatch(/^platform\/\d+$/);
    expect(warning!.figures).toMatchObject({ dueDate: '2024-07-01', status: 'recognised' });
    expect(warning!.message.zh).toContain('2024-07-01应复核');
  });

  it('warns of roadmap leads stalled beyond their stage, naming chain, link and company', async () => {
    expect(await found('chain-lead-stalled')).toEqual(
      [
        ['甲光伏科技（光伏新能源产业链·电池片）', 'orange'],
        ['乙硅材料（光伏新能源产业链·硅料与硅片）', 'yellow'],
        ['丙锦纶（差别化纤维产业链·锦纶）', 'red'],
      ].sort(([a], [b]) => a!.localeCompare(b!, 'zh')),
    );
    const [red] = (
      await listWarnings(database.db, {
        enterpriseScope: { kind: 'all' },
        ruleId: 'chain-lead-stalled',
        severity: 'red',
      })
    ).warnings;
    expect(red!.figures).toMatchObject({ chainId: 'differentiated-fibre', status: 'signed', days: 356, daysOver: 176 });
    expect(red!.subject.id).toMatch(/^chain-lead\/\d+$/);
  });

  it('shows a county its own unit’s register warnings only', async () => {
    const haining = { kind: 'unit', reportingUnitId: '330481' } as const;
    expect(await found('platform-review-due', haining)).toEqual([['海宁光伏新型工业化产业示范基地', 'yellow']]);
    expect((await found('chain-lead-stalled', haining)).map(([name]) => name)).toEqual([
      '甲光伏科技（光伏新能源产业链·电池片）',
    ]);
  });

  it('refuses a trail that moves backwards, and adds the demo leads only to an empty roadmap', async () => {
    const backwards = {
      ...leads[0]!,
      companyName: '己回退',
      moves: [
        { to: 'signed' as const, on: '2024-09-01' },
        { to: 'contact' as const, on: '2024-10-01' },
      ],
    };
    await expect(addChainLeadWithHistory(database.db, { lead: backwards, by: 'test', subject: admin })).rejects.toThrow(
      /只能向前推进/,
    );
    const county = accessSubject('county', 'county_staff', { kind: 'unit', reportingUnitId: '330481' });
    await expect(
      addChainLeadWithHistory(database.db, { lead: leads[0]!, by: 'test', subject: county }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    expect(await loadDemoChainLeads(database.db, 2024)).toBe(0);
  });
});
