/**
 * `observatory demo load`: imports a generated demo data set through the normal import path, file by file
 * in the manifest's order, registering the enterprises the files name — the department files and the register
 * lists (projects, cultivation pools) alike. Files of a source without a shipped profile are listed as skipped.
 */
import { readFileSync } from 'node:fs';
import { accessSubject } from '@observatory/core';
import { join } from 'node:path';
import { AppError } from '../../app-error.ts';
import type { Database } from '../../db/database.ts';
import { refreshAllStatistics } from '../statistics/refresh-statistics.ts';
import { loadDemoChainLeads } from '../chains/load-demo-chain-leads.ts';
import { importFile } from '../intake/import-file.ts';
import { ensureRegistryForLists } from '../platforms/ensure-demo-registry.ts';
import { importPlatformsFile } from '../platforms/import-platforms-file.ts';
import { importPromotionOrganisations } from '../platforms/import-promotion-organisations.ts';
import { importRectificationList } from '../rectification/import-rectification-list.ts';
import type { ImportStatus } from '../intake/import-result.ts';
import { readShippedProfiles } from '../intake/source-profiles.ts';

interface ManifestFile {
  path: string;
  source: string;
  periodYear: number;
  periodMonth: number;
}

export interface DemoLoadLine {
  path: string;
  source: string;
  status: ImportStatus | 'skipped';
  batchId: number | null;
  rows: number;
  seconds: number;
}

export function readDemoManifest(directory: string): { synthetic: boolean; files: ManifestFile[] } {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8'));
  } catch {
    throw new AppError(
      'not_found',
      `${directory} 中没有 manifest.json：请先运行 observatory demo generate (no demo manifest)`,
    );
  }
  const files = (manifest as { files?: unknown }).files;
  if (!Array.isArray(files))
    throw new AppError('validation_failed', 'manifest.json 缺少 files (manifest has no files)');
  return { synthetic: (manifest as { synthetic?: unknown }).synthetic === true, files: files as ManifestFile[] };
}

export async function loadDemoDataset(
  database: Database,
  directory: string,
  onFile: (line: DemoLoadLine, index: number, total: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<DemoLoadLine[]> {
  const { files } = readDemoManifest(directory);
  const importable = new Set(readShippedProfiles().map((profile) => profile.id));
  const lines: DemoLoadLine[] = [];
  for (const [index, file] of files.entries()) {
    if (signal?.aborted) break;
    const started = process.hrtime.bigint();
    let line: DemoLoadLine;
    if (file.source === 'rectification-list') {
      const imported = await importRectificationList(database.db, {
        bytes: readFileSync(join(directory, file.path)),
        fileName: file.path.split('/').at(-1)!,
        year: file.periodYear,
        asOf: `${file.periodYear}-12-31`,
        by: 'demo',
        subject: accessSubject('demo', 'city_admin', { kind: 'city' }),
      });
      line = {
        path: file.path,
        source: file.source,
        status: 'committed',
        batchId: null,
        rows: imported.cases,
        seconds: 0,
      };
    } else if (file.source === 'platforms') {
      await ensureRegistryForLists(database.db);
      const imported = await importPlatformsFile(database.db, {
        bytes: readFileSync(join(directory, file.path)),
        fileName: file.path.split('/').at(-1)!,
        by: 'demo',
        subject: accessSubject('demo', 'city_admin', { kind: 'city' }),
      });
      line = {
        path: file.path,
        source: file.source,
        status: 'committed',
        batchId: null,
        rows: imported.rows,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      };
    } else if (file.source === 'promotion-organisations') {
      await ensureRegistryForLists(database.db);
      const imported = await importPromotionOrganisations(database.db, {
        bytes: readFileSync(join(directory, file.path)),
        fileName: file.path.split('/').at(-1)!,
        by: 'demo',
      });
      line = {
        path: file.path,
        source: file.source,
        status: 'committed',
        batchId: null,
        rows: imported.rows,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      };
    } else if (!importable.has(file.source)) {
      line = { path: file.path, source: file.source, status: 'skipped', batchId: null, rows: 0, seconds: 0 };
    } else {
      const result = await importFile(database, {
        bytes: readFileSync(join(directory, file.path)),
        fileName: file.path.split('/').at(-1)!,
        source: file.source,
        period: { year: file.periodYear, month: file.periodMonth },
        createEnterprises: true,
        actor: 'demo',
      });
      if (result.status === 'rejected') {
        throw new AppError(
          'validation_failed',
          `演示文件被拒绝 ${file.path} (demo file rejected)`,
          result.issues.slice(0, 20).map((issue) => ({ path: file.path, message: issue.message })),
        );
      }
      line = {
        path: file.path,
        source: file.source,
        status: result.status,
        batchId: result.batchId,
        rows: result.rows.accepted,
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
      };
    }
    lines.push(line);
    onFile(line, index, files.length);
  }
  // The roadmap's leads are kept by hand, not sent as a file: added once, dated in the data set's last year.
  const lastYear = Math.max(...files.map((file) => file.periodYear));
  if (!signal?.aborted && Number.isFinite(lastYear)) await loadDemoChainLeads(database.db, lastYear);
  if (!signal?.aborted) await refreshAllStatistics(database.db);
  return lines;
}
