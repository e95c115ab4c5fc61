/**
 * Loads the warning rules (every YAML file of a directory, the shipped data/warning-rules by default) as one
 * rule set identified by the SHA-256 digest of its parsed rules: all files are checked first (nothing is
 * loaded if one is wrong); a set already stored with the same digest becomes current again, a changed one is
 * added. The current rule set is the one loaded last; runs use it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { warningRuleSetSchema, type WarningRule } from '@observatory/core';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { AppError, type AppErrorDetail } from '../../app-error.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import {
  findLatestWarningRuleSet,
  findWarningRuleSetByDigest,
  insertWarningRuleSet,
  markWarningRuleSetCurrent,
} from '../../repositories/warnings.repository.ts';
import { digestOf } from '../evaluation/evaluation-digest.ts';

export const shippedWarningRulesDir = fileURLToPath(new URL('../../../data/warning-rules/', import.meta.url));

export interface WarningRuleSetRecord {
  id: number;
  digest: string;
  source: string;
  loadedAt: Date;
  rules: WarningRule[];
}

/** Reads and checks every rule file of a directory; the rules in file order. */
export function readWarningRuleFiles(directory: string): WarningRule[] {
  const files = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const details: AppErrorDetail[] = [];
  const rules: WarningRule[] = [];
  for (const file of files) {
    let document: unknown;
    try {
      document = parseYaml(readFileSync(`${directory}/${file}`, 'utf8'));
    } catch (error) {
      details.push({ path: file, message: `YAML 无法解析 (not valid YAML): ${(error as Error).message}` });
      continue;
    }
    const parsed = warningRuleSetSchema.safeParse(document);
    if (parsed.success) rules.push(...parsed.data.rules);
    else
      for (const issue of parsed.error.issues)
        details.push({ path: `${file}:${issue.path.map(String).join('.') || '(root)'}`, message: issue.message });
  }
  const ids = rules.map((rule) => rule.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  if (duplicate) details.push({ path: duplicate, message: '规则编号在多个文件中重复 (rule id in several files)' });
  if (files.length === 0) details.push({ path: directory, message: '目录中没有规则文件 (no rule files)' });
  if (details.length > 0)
    throw new AppError(
      'validation_failed',
      '预警规则文件有误，未载入 (invalid warning rule files; nothing loaded)',
      details,
    );
  return rules;
}

const toRecord = (row: { id: number; digest: string; source: string; loaded_at: Date; document: unknown }) => ({
  id: row.id,
  digest: row.digest,
  source: row.source,
  loadedAt: row.loaded_at,
  rules: (row.document as { rules: WarningRule[] }).rules,
});

export async function loadWarningRules(
  db: Kysely<DatabaseSchema>,
  options: { directory?: string; loadedBy: string },
): Promise<WarningRuleSetRecord & { status: 'added' | 'unchanged' | 'current again' }> {
  const directory = options.directory ?? shippedWarningRulesDir;
  const rules = readWarningRuleFiles(directory);
  const document = { rules };
  const digest = digestOf(document);
  return db.transaction().execute(async (trx) => {
    const [stored, latest] = await Promise.all([
      findWarningRuleSetByDigest(trx, digest),
      findLatestWarningRuleSet(trx),
    ]);
    if (stored && latest?.id === stored.id) return { ...toRecord(stored), status: 'unchanged' as const };
    if (stored) {
      await markWarningRuleSetCurrent(trx, stored.id, options.loadedBy);
      return { ...toRecord(stored), status: 'current again' as const };
    }
    const source = directory === shippedWarningRulesDir ? 'data/warning-rules' : directory;
    const id = await insertWarningRuleSet(trx, { digest, document, source, loadedBy: options.loadedBy });
    return { id, digest, source, loadedAt: new Date(), rules, status: 'added' as const };
  });
}

/** The current rule set; the shipped rules are loaded first when none is stored. */
export async function currentWarningRules(db: Kysely<DatabaseSchema>, loadedBy: string): Promise<WarningRuleSetRecord> {
  const latest = await findLatestWarningRuleSet(db);
  if (latest) return toRecord(latest);
  return loadWarningRules(db, { loadedBy });
}
