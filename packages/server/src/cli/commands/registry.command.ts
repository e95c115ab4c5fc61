/** `observatory registry load|list`. */
import type { Command } from 'commander';
import { getFullRegistry, getRegistrySystem } from '../../services/registry/get-registry.ts';
import { loadRegistryFiles } from '../../services/registry/load-registry-files.ts';
import type { ClusterSystemDetailView } from '../../services/registry/registry-views.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

function formatTarget(target: ClusterSystemDetailView['targets'][number]): string {
  return `${target.name.zh} ${target.value}${target.unit}（${target.deadline.slice(0, 4)}年）`;
}

function printSystem(system: ClusterSystemDetailView, io: CliIo): void {
  io.out(
    `■ ${system.name.zh} (${system.name.en}) [${system.id}]${system.illustrative ? ' 【示例数据 illustrative】' : ''}`,
  );
  for (const cluster of system.clusters) {
    const indent = cluster.parentId ? '    ' : '  ';
    io.out(`${indent}• ${cluster.name.zh} (${cluster.name.en})${cluster.tier ? ` — ${cluster.tier}` : ''}`);
    for (const designation of cluster.designations) {
      const batch = designation.batch ? ` 第${designation.batch}批` : '';
      const year = designation.year ? ` ${designation.year}年` : '';
      const zones = designation.zones
        .map((zone) => `${zone.regionName.zh}·${zone.roleName.zh}${zone.note ? `（${zone.note}）` : ''}`)
        .join('、');
      io.out(
        `${indent}    ${designation.levelName.zh}${batch}${year} ${designation.statusName.zh}${zones ? `：${zones}` : ''}`,
      );
    }
    for (const target of cluster.targets) io.out(`${indent}    目标 ${formatTarget(target)}`);
  }
  for (const target of system.targets) io.out(`  目标 ${formatTarget(target)}`);
}

export function registerRegistryCommands(program: Command, io: CliIo): void {
  const registry = program.command('registry').description('集群名录 (cluster registry)');
  registry
    .command('load')
    .description('从名录文件载入（替换文件中的体系）(load the registry files, replacing the systems they describe)')
    .option('--dir <dir>', '名录目录 (registry directory; default: the shipped one or OBSERVATORY_REGISTRY_DIR)')
    .action(async (options: { dir?: string }) => {
      await withRuntime(async (runtime, config) => {
        const summaries = await loadRegistryFiles(runtime.database.db, options.dir ?? config.registryDir);
        for (const row of summaries) {
          io.out(
            `${row.file}: 体系 ${row.system}，集群 ${row.clusters}，目标 ${row.targets}，目录条目 ${row.catalogueEntries}`,
          );
        }
      });
    });
  registry
    .command('list')
    .description('列出集群名录 (list the registry)')
    .option('--system <id>', '只列出一个体系 (one system only)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { system?: string; format: string }) => {
      const format = parseFormat(options.format);
      await withRuntime(async (runtime) => {
        const systems = options.system
          ? [await getRegistrySystem(runtime.database.db, options.system)]
          : await getFullRegistry(runtime.database.db);
        if (format === 'json') io.out(JSON.stringify(systems, null, 2));
        else if (systems.length === 0)
          io.out('名录为空：请运行 observatory registry load (the registry is empty: run observatory registry load)');
        else for (const system of systems) printSystem(system, io);
      });
    });
}
