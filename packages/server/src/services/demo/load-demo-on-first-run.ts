/**
 * On the first start of an empty embedded database, generate the synthetic demo data set (unless it is
 * already on disk) and import it, so a fresh `npm start` shows a populated platform. Runs after the server
 * is listening; each file is its own import, so requests are answered between them.
 */
import { PASSWORD_POLICY_PRESETS, type PasswordPolicy } from '@observatory/core';
import { createDemoAccounts, demoAccountLines } from './create-demo-accounts.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../../db/database.ts';
import { generateDemoDataset } from '../../demo/index.ts';
import { listBatches } from '../../repositories/import.repository.ts';
import { loadDemoDataset } from './load-demo-dataset.ts';

export async function loadDemoOnFirstRun(
  database: Database,
  demoDir: string,
  log: (line: string) => void,
  signal?: AbortSignal,
  policy: PasswordPolicy = PASSWORD_POLICY_PRESETS.djcp2,
): Promise<boolean> {
  if (database.engine !== 'pglite') return false;
  if ((await listBatches(database.db, { limit: 1, offset: 0 })).length > 0) return false;
  if (!existsSync(join(demoDir, 'manifest.json'))) {
    log(`正在生成合成演示数据 (generating the synthetic demo data set) → ${demoDir}`);
    await generateDemoDataset({ outDir: demoDir });
  }
  log('正在载入合成演示数据 (loading the synthetic demo data set)…');
  await loadDemoDataset(
    database,
    demoDir,
    (line, index, total) => {
      if (line.status !== 'skipped')
        log(`演示数据 [${index + 1}/${total}] ${line.path}: ${line.rows} 行 (${line.status})`);
    },
    signal,
  );
  if (signal?.aborted) {
    log('演示数据载入已中止 (demo load stopped)');
    return true;
  }
  log('合成演示数据已载入 (demo data loaded)');
  for (const line of demoAccountLines(await createDemoAccounts(database.db, policy))) log(line);
  return true;
}
