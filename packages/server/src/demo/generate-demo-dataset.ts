/**
 * Writes the whole synthetic demo data set: builds the model (demo-model.ts), then each department's files
 * year by year in the order they should be imported — annual statistics, the monthly 1–N月 reports, land
 * before tax, environment, power — then the project and cultivation registers, and manifest.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { calibrationReport } from './calibration-report.ts';
import { buildDemoModel } from './demo-model.ts';
import { MANIFEST_DESCRIPTION, resolveDemoOptions, type DemoManifest, type DemoOptions } from './demo-options.ts';
import { writeEnvironmentFile } from './environment-file.ts';
import { SYNTHETIC_LABEL, type ManifestFile } from './file-labels.ts';
import { writeLandFile } from './land-file.ts';
import { writePlatformsFile } from './platforms-file.ts';
import { writePoolsFiles } from './pools-file.ts';
import { writePromotionOrganisationsFile } from './promotion-organisations-file.ts';
import { writePowerFiles } from './power-file.ts';
import { writeProjectsFiles } from './projects-file.ts';
import { writeRectificationFile } from './rectification-file.ts';
import { writeStatsAnnual } from './stats-annual-file.ts';
import { writeStatsMonthly } from './stats-monthly-file.ts';
import { writeTaxFile } from './tax-file.ts';

const FOLDERS = ['统计', '税务', '电力', '生态环境', '自然资源', '项目', '培育库', '平台'];

export async function generateDemoDataset(options: DemoOptions): Promise<DemoManifest> {
  const resolved = resolveDemoOptions(options);
  const { outDir, fromYear, toYear, onProgress: progress } = resolved;
  const model = buildDemoModel(resolved, progress);
  for (const folder of FOLDERS) await mkdir(join(outDir, folder), { recursive: true });
  const files: ManifestFile[] = [];
  const wrote = (file: ManifestFile) => {
    files.push(file);
    progress(`已写出 ${file.path} (written)`);
  };
  for (let year = fromYear; year <= toYear; year += 1) {
    wrote(await writeStatsAnnual(model, outDir, year));
    for (let month = 2; month <= 12; month += 1) wrote(await writeStatsMonthly(model, outDir, year, month));
    if (year >= toYear - 2) wrote(await writeLandFile(model, outDir, year, toYear));
    wrote(await writeTaxFile(model, outDir, year));
    if (year >= toYear - 1) wrote(await writeEnvironmentFile(model, outDir, year));
    if (year === toYear) for (const file of await writePowerFiles(model, outDir, year)) wrote(file);
  }
  for (const file of await writeProjectsFiles(model, outDir, toYear)) wrote(file);
  for (const file of await writePoolsFiles(model, outDir)) wrote(file);
  wrote(await writeRectificationFile(model, outDir, toYear));
  wrote(await writePlatformsFile(model, outDir, toYear));
  wrote(await writePromotionOrganisationsFile(outDir, toYear));
  const manifest: DemoManifest = {
    synthetic: true,
    label: SYNTHETIC_LABEL,
    description: MANIFEST_DESCRIPTION,
    seed: resolved.seed,
    scale: resolved.scale,
    fromYear,
    toYear,
    files,
    calibration: calibrationReport(model),
  };
  await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  progress(`完成：${files.length} 个文件 (done)`);
  return manifest;
}
