/** `observatory industry show CODE`: a GB/T 4754-2017 code with its parents and children. */
import type { Command } from 'commander';
import { showIndustry } from '../../services/industry/show-industry.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

export function registerIndustryCommands(program: Command, io: CliIo): void {
  program
    .command('industry')
    .description('国民经济行业分类 GB/T 4754-2017 (industry classification)')
    .command('show')
    .description('显示一个代码及其上级、下级 (show a code with its parents and children)')
    .argument('<code>', '门类字母或 2–4 位代码 (a section letter or 2–4 digits)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (code: string, options: { format: string }) => {
      const format = parseFormat(options.format);
      await withRuntime(async (runtime) => {
        const industry = await showIndustry(runtime.database.db, code);
        if (format === 'json') {
          io.out(JSON.stringify(industry, null, 2));
          return;
        }
        io.out(
          `${industry.code} ${industry.name}（${industry.levelName.zh} ${industry.levelName.en}）${industry.edition}`,
        );
        for (const parent of industry.parents) io.out(`  上级 ${parent.levelName.zh} ${parent.code} ${parent.name}`);
        io.out(`  工业 (industrial): ${industry.industrial ? '是 yes' : '否 no'}`);
        for (const child of industry.children) io.out(`  下级 ${child.levelName.zh} ${child.code} ${child.name}`);
      });
    });
}
