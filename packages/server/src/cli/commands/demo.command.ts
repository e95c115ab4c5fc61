/**
 * `observatory demo generate --out DIR` and `observatory demo load [--dir DIR]`: the synthetic demo data set; the
 * load ends by creating one demo account per role and printing them.
 */
import type { Command } from 'commander';
import { generateDemoDataset } from '../../demo/index.ts';
import { createDemoAccounts, demoAccountLines } from '../../services/demo/create-demo-accounts.ts';
import { loadDemoDataset } from '../../services/demo/load-demo-dataset.ts';
import type { CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

export function registerDemoCommands(program: Command, io: CliIo): void {
  const demo = program.command('demo').description('合成演示数据（嘉兴模拟）(the synthetic Jiaxing demo data set)');
  demo
    .command('generate')
    .description('生成合成演示数据文件 (write the synthetic department files)')
    .requiredOption('--out <dir>', '输出目录 (output directory)')
    .option('--scale <n>', '规模，1 为约 7500 家规上企业 (size; 1 = about 7,500 above-scale firms)', '1')
    .option('--seed <n>', '随机种子 (seed)', '20241031')
    .action(async (options: { out: string; scale: string; seed: string }) => {
      const manifest = await generateDemoDataset({
        outDir: options.out,
        scale: Number(options.scale),
        seed: Number(options.seed),
        onProgress: (message) => io.err(message),
      });
      io.out(`已生成 ${manifest.files.length} 个文件于 ${options.out}（${manifest.label}）`);
      for (const entry of manifest.calibration) io.out(`  校准 ${JSON.stringify(entry)}`);
    });
  demo
    .command('load')
    .description('通过正常导入流程载入演示数据 (import the demo files through the normal import path)')
    .option('--dir <dir>', '演示数据目录 (directory written by demo generate)', './data/demo')
    .action(async (options: { dir: string }) => {
      await withRuntime(async (runtime, config) => {
        await loadDemoDataset(runtime.database, options.dir, (line, index, total) =>
          io.out(
            `[${index + 1}/${total}] ${line.path}: ${line.status}${line.batchId ? ` 批次 ${line.batchId}` : ''}，${line.rows} 行，${line.seconds.toFixed(1)} s`,
          ),
        );
        const accounts = await createDemoAccounts(runtime.database.db, config.passwordPolicy);
        for (const line of demoAccountLines(accounts)) io.out(line);
      });
    });
}
