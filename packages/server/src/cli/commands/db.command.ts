/** `observatory db migrate` and `observatory reference load`. */
import type { Command } from 'commander';
import { loadReferenceData } from '../../services/reference/load-reference-data.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

export function registerDbCommands(program: Command, io: CliIo): void {
  const db = program.command('db').description('数据库 (database)');
  db.command('migrate')
    .description('应用数据库迁移并载入参考数据 (apply schema migrations and load shipped reference data)')
    .action(async () => {
      await withRuntime(async (runtime) => {
        const { migrationsApplied, reference } = runtime.prepared;
        io.out(`数据库 (database): ${runtime.database.engine}`);
        io.out(
          migrationsApplied.length > 0
            ? `已应用迁移 (applied): ${migrationsApplied.join(', ')}`
            : '迁移已是最新 (schema up to date)',
        );
        for (const row of reference)
          io.out(
            `参考数据 ${row.dataset}: ${row.status === 'loaded' ? '已载入' : '已是最新'} (${row.status}), ${row.rows} 行`,
          );
      });
    });

  program
    .command('reference')
    .description('参考数据 (reference data)')
    .command('load')
    .description('重新载入地区、行业分类、计量单位 (reload regions, GB/T 4754, units)')
    .option('--force', '即使未变化也重新载入 (reload even when unchanged)', false)
    .action(async (options: { force: boolean }) => {
      await withRuntime(async (runtime) => {
        const results = await loadReferenceData(runtime.database.db, { force: options.force });
        for (const row of results) io.out(`${row.dataset}: ${row.status}, ${row.rows} 行 (rows)`);
      });
    });
}
