/**
 * The source profiles: the shipped YAML files (data/profiles), each validated and checked against the
 * measure catalogue, with the custom column mappings users saved put in front of the shipped synonyms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getMeasure, sourceProfileSchema, type SourceProfile } from '@observatory/core';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { AppError } from '../../app-error.ts';
import { shippedProfilesDir } from '../../data-files.ts';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listSourceMappings, saveSourceMapping } from '../../repositories/source-mapping.repository.ts';

/** Columns that carry figures (not the selector that picks their measure). */
export const isValueRole = (role: string) =>
  role === 'measure_current' || role === 'measure_month' || role === 'measure_base';

export function readShippedProfiles(dir = shippedProfilesDir): SourceProfile[] {
  const names = readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  return names.map((name) => {
    const parsed = sourceProfileSchema.safeParse(parseYaml(readFileSync(join(dir, name), 'utf8')));
    if (!parsed.success) throw new Error(`来源配置 ${name} 无效 (invalid source profile): ${parsed.error.message}`);
    const selector = parsed.data.columns.find((column) => column.role === 'measure_selector');
    for (const column of parsed.data.columns) {
      const measures =
        column.role === 'measure_selector'
          ? Object.values(column.measureByText ?? {})
          : isValueRole(column.role) && !(column.measure === null && selector && column.role === 'measure_current')
            ? [column.measure ?? '']
            : [];
      for (const measure of measures) {
        if (!getMeasure(measure))
          throw new Error(`来源配置 ${name} 的列 ${column.key} 引用了未知指标 ${measure} (unknown measure)`);
      }
    }
    return parsed.data;
  });
}

export async function loadSourceProfiles(db: Kysely<DatabaseSchema>): Promise<SourceProfile[]> {
  const mappings = await listSourceMappings(db);
  return readShippedProfiles().map((profile) => ({
    ...profile,
    columns: profile.columns.map((column) => {
      const saved = mappings.find(
        (mapping) => mapping.source_profile === profile.id && mapping.column_key === column.key,
      );
      return saved ? { ...column, synonyms: [saved.header_label, ...column.synonyms] } : column;
    }),
  }));
}

/** Saves a header label as a name of a source's column, so the next file with that header maps without help. */
export async function saveColumnMapping(
  db: Kysely<DatabaseSchema>,
  input: { source: string; columnKey: string; headerLabel: string; savedBy: string },
): Promise<void> {
  const profile = readShippedProfiles().find((candidate) => candidate.id === input.source);
  if (!profile) throw new AppError('not_found', `未找到数据来源 ${input.source} (unknown source)`);
  if (!profile.columns.some((column) => column.key === input.columnKey)) {
    throw new AppError('validation_failed', `数据来源 ${input.source} 没有列 ${input.columnKey} (no such column)`, [
      { path: 'columnKey', message: `one of ${profile.columns.map((column) => column.key).join(', ')}` },
    ]);
  }
  if (input.headerLabel.trim() === '')
    throw new AppError('validation_failed', '表头不能为空 (header label is required)');
  await saveSourceMapping(db, { ...input, headerLabel: input.headerLabel.trim() });
}
