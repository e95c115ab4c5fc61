/**
 * `observatory platforms …`: the platform register (平台载体) from the terminal. `list [--kind] [--unit] [--format]`
 * shows every platform with its status (text table, csv or json); `import <file> [--system] [--dry-run]` imports a
 * platform list (CSV/xlsx/xls; any problem refuses the whole file and every problem is printed with its row and
 * column). The command line acts city-wide (cli-subject.ts).
 */
import { PLATFORM_KINDS, PLATFORM_LEVEL_NAMES, PLATFORM_STATUS_NAMES, type PlatformKind } from '@observatory/core';
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../../app-error.ts';
import { importPlatformsFile } from '../../services/platforms/import-platforms-file.ts';
import { listPlatforms } from '../../services/platforms/list-platforms.ts';
import type { CliIo } from '../cli-io.ts';
import { cliActorName, cliSubject } from '../cli-subject.ts';
import { csvLine, tableFormat } from './register-output-format.ts';
import { withRuntime } from './with-runtime.ts';

function kindOption(text: string | undefined): PlatformKind | undefined {
  if (text === undefined) return undefined;
  if (!(PLATFORM_KINDS as readonly string[]).includes(text))
    throw new AppError('validation_failed', `--kind 应为 ${PLATFORM_KINDS.join('、')} 之一 (unknown kind "${text}")`);
  return text as PlatformKind;
}

export function registerPlatformsCommands(program: Command, io: CliIo): void {
  const platforms = program.command('platforms').description('平台载体名录 (the platform register: list, import)');

  platforms
    .command('list')
    .description('平台载体及其状态 (platforms with their status)')
    .option('--kind <kind>', `类别 (kind: ${PLATFORM_KINDS.join(', ')})`)
    .option('--unit <unit>', '报送单位编号 (reporting unit id)')
    .option('--format <format>', 'text、csv 或 json', 'text')
    .action(async (options: { kind?: string; unit?: string; format: string }) => {
      const format = tableFormat(options.format);
      await withRuntime(async ({ database }) => {
        const listed = await listPlatforms(database.db, {
          scope: { kind: 'all' },
          kind: kindOption(options.kind),
          unit: options.unit,
        });
        if (format === 'json') return io.out(JSON.stringify(listed));
        const header = ['名称', '类别', '级别', '单位', '集群', '认定时间', '状态', '状态日期'];
        const rows = listed.platforms.map((p) => [
          p.name,
          p.kindName.zh,
          PLATFORM_LEVEL_NAMES[p.level].zh,
          p.reportingUnitId,
          p.clusterId ?? p.clusterText ?? '',
          p.recognisedDate ?? '',
          p.status ? PLATFORM_STATUS_NAMES[p.status].zh : '',
          p.statusDate ?? '',
        ]);
        if (format === 'csv') {
          io.out(`\uFEFF${[header, ...rows].map(csvLine).join('\n')}`);
          return;
        }
        for (const row of rows) io.out(row.filter((cell) => cell !== '').join('  '));
        io.out(`共 ${rows.length} 个平台载体 (platforms)`);
      });
    });

  platforms
    .command('import <file>')
    .description('导入平台载体名单，有错误则整体不导入 (import a platform list; any problem refuses it whole)')
    .option('--system <system>', '集群体系 (cluster system for the 所属集群 column)', 'wuda')
    .option('--dry-run', '只检查不写入 (check only)')
    .option('--format <format>', 'text 或 json', 'text')
    .action(async (file: string, options: { system: string; dryRun?: boolean; format: string }) => {
      await withRuntime(async ({ database }) => {
        const outcome = await importPlatformsFile(database.db, {
          bytes: readFileSync(file),
          fileName: basename(file),
          systemId: options.system,
          dryRun: options.dryRun,
          by: cliActorName(),
          subject: cliSubject(),
        });
        if (options.format === 'json') return io.out(JSON.stringify(outcome));
        io.out(
          `${outcome.dryRun ? '检查' : '已导入'} ${outcome.fileName}：${outcome.rows} 行，新增 ${outcome.created}，` +
            `状态变更 ${outcome.statusChanges}，未变 ${outcome.unchanged} (rows, created, status changes, unchanged)`,
        );
        for (const warning of outcome.warnings)
          io.out(`  提示 (warning) 第 ${warning.row} 行 ${warning.column ?? ''}: ${warning.message}`);
      });
    });
}
