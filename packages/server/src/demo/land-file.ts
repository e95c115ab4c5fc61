/**
 * 自然资源/企业用地_YYYY年.xlsx for the last three years: land parcels by 不动产权证号 with the use type (DOMAIN.md
 * §4 net land = own + rented in − rented out). 规上 firms own 10–300 亩 in one to three parcels, larger
 * firms more; some rent part of a parcel out, to 规下 firms that list the same certificate as 租入; other
 * small firms rent in park buildings or own a few 亩; some have no land record at all. The earlier years hold the
 * same parcels (the 亩均 evaluation and the rectification rule of 亩均税收 over three years read them): a firm that
 * did not exist yet has none, and about one owned parcel in eight not rented out was a little smaller (land bought
 * since, 5–25 % of it).
 */
import { apportion } from './apportion.ts';
import { exists, isAbove, type DemoFirm } from './demo-firm.ts';
import type { DemoModel } from './demo-model.ts';
import { byUnitAndCode, SYNTHETIC_NOTE, title, unitName, writtenAfter, type ManifestFile } from './file-labels.ts';
import { Random } from './random.ts';
import { DEMO_UNITS } from './reporting-units.ts';
import { writeXlsxTable } from './xlsx-table-writer.ts';

type UseType = '自有' | '租入' | '租出';

interface LandRow {
  certificate: string;
  firm: DemoFirm;
  type: UseType;
  /** Hundredths of 亩. */
  area: number;
}

export function landPath(year: number): string {
  return `自然资源/企业用地_${year}年.xlsx`;
}

export function landRows(model: DemoModel, year: number): LandRow[] {
  const random = new Random(model.options.seed).fork(`land-${year}`);
  const issued = new Set<string>();
  const certificate = (unit: number) => {
    for (;;) {
      const serial = String(random.int(1, 9_999_999)).padStart(7, '0');
      const text = `浙(${random.int(2016, year)})${DEMO_UNITS[unit]?.landOffice ?? ''}不动产权第${serial}号`;
      if (!issued.has(text)) {
        issued.add(text);
        return text;
      }
    }
  };
  const parks = DEMO_UNITS.map((_, unit) => Array.from({ length: 5 }, () => certificate(unit)));
  const rows: LandRow[] = [];
  const above = model.firms.filter((firm) => isAbove(firm, year));
  above.sort((a, b) => model.store.annual('output', b.index, year) - model.store.annual('output', a.index, year));
  const small = random.shuffle(model.firms.filter((firm) => firm.status.get(year) === 'below').sort(byUnitAndCode));
  const placed = new Set<DemoFirm>();
  above.forEach((firm, rank) => {
    const share = above.length > 1 ? 1 - rank / (above.length - 1) : 1;
    const mu = Math.min(300, Math.max(10, (10 + 290 * share ** 2.5) * random.uniform(0.85, 1.15)));
    const parcels = apportion(Math.round(mu * 100), mu > 120 ? [5, 3, 2] : mu > 40 ? [6, 4] : [1]);
    const certificates = parcels.map(() => certificate(firm.unit));
    parcels.forEach((area, k) => rows.push({ certificate: certificates[k] ?? '', firm, type: '自有', area }));
    if (random.chance(0.18)) {
      const out = Math.round((parcels[0] ?? 0) * random.uniform(0.1, 0.4));
      rows.push({ certificate: certificates[0] ?? '', firm, type: '租出', area: out });
      const tenants = small
        .filter((tenant) => tenant.unit === firm.unit && !placed.has(tenant))
        .slice(0, random.int(1, 3));
      apportion(
        out,
        tenants.map(() => random.uniform(1, 3)),
      ).forEach((area, k) => {
        const tenant = tenants[k] as DemoFirm;
        placed.add(tenant);
        rows.push({ certificate: certificates[0] ?? '', firm: tenant, type: '租入', area });
      });
    }
    if (random.chance(0.1)) {
      const area = Math.round(random.uniform(5, 30) * 100);
      rows.push({ certificate: random.pick(parks[firm.unit] ?? []), firm, type: '租入', area });
    }
  });
  for (const firm of small) {
    if (placed.has(firm)) continue;
    const roll = random.next();
    if (roll < 0.5) {
      const area = Math.round(random.uniform(1, 8) * 100);
      rows.push({ certificate: random.pick(parks[firm.unit] ?? []), firm, type: '租入', area });
    } else if (roll < 0.75) {
      rows.push({
        certificate: certificate(firm.unit),
        firm,
        type: '自有',
        area: Math.round(random.uniform(3, 15) * 100),
      });
    }
  }
  const typeOrder: Record<UseType, number> = { 自有: 0, 租出: 1, 租入: 2 };
  return rows.sort((a, b) => byUnitAndCode(a.firm, b.firm) || typeOrder[a.type] - typeOrder[b.type]);
}

/** The parcels of an earlier year: the last year's, without firms not yet there, some owned parcels smaller. */
export function earlierLandRows(model: DemoModel, year: number, lastYear: number): LandRow[] {
  const random = new Random(model.options.seed).fork(`land-${lastYear}-as-of-${year}`);
  const rows = landRows(model, lastYear);
  const rentedOut = new Set(rows.filter((row) => row.type === '租出').map((row) => row.certificate));
  return rows
    .filter((row) => exists(row.firm, year))
    .map((row) =>
      row.type === '自有' && !rentedOut.has(row.certificate) && random.chance(0.125)
        ? { ...row, area: Math.round(row.area * random.uniform(0.75, 0.95)) }
        : row,
    );
}

/** The land file of `year`; the parcels of the last year, or for an earlier year those it had then. */
export async function writeLandFile(
  model: DemoModel,
  outDir: string,
  year: number,
  lastYear = year,
): Promise<ManifestFile> {
  const path = landPath(year);
  await writeXlsxTable(`${outDir}/${path}`, {
    sheetName: '企业用地',
    title: title(`嘉兴市${year}年工业企业用地情况（不动产登记及租赁备案）`),
    unitLine: '单位：亩',
    columns: [
      { top: '不动产权证号', width: 34 },
      { top: '统一社会信用代码', width: 22 },
      { top: '企业名称', width: 36 },
      { top: '县（市、区）', width: 18 },
      { top: '用地类型', width: 10 },
      { top: '面积（亩）', width: 12, numFmt: '0.00' },
    ],
    rows: (year === lastYear ? landRows(model, year) : earlierLandRows(model, year, lastYear)).map((row) => [
      row.certificate,
      row.firm.uscc,
      row.firm.name,
      unitName(row.firm),
      row.type,
      row.area / 100,
    ]),
    notes: [SYNTHETIC_NOTE, '注：用地类型为自有、租入、租出；净用地面积 = 自有 + 租入 − 租出。'],
    written: writtenAfter(year + 1, 2),
  });
  return { path, source: 'land-parcels', periodYear: year, periodMonth: 0 };
}
