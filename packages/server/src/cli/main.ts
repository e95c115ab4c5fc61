/** The observatory command line: `observatory --help` lists the commands, each has its own --help. */
import { Command, CommanderError } from 'commander';
import { version } from '../version.ts';
import { processIo, reportCliError, type CliIo } from './cli-io.ts';
import { registerAuditCommands } from './commands/audit.command.ts';
import { registerAnalyzeCommands } from './commands/analyze.command.ts';
import { registerCheckUsccCommand } from './commands/check-uscc.command.ts';
import { registerDbCommands } from './commands/db.command.ts';
import { registerDemoCommands } from './commands/demo.command.ts';
import { registerEvaluateCommand } from './commands/evaluate.command.ts';
import { registerEvaluationCommands } from './commands/evaluation.command.ts';
import { registerImportCommands } from './commands/import.command.ts';
import { registerIndexCommands } from './commands/index.command.ts';
import { registerIndustryCommands } from './commands/industry.command.ts';
import { registerRegistryCommands } from './commands/registry.command.ts';
import { registerSdcCommand } from './commands/sdc.command.ts';
import { registerReportCommands } from './commands/report.command.ts';
import { registerServeCommand } from './commands/serve.command.ts';
import { registerStatsCommands } from './commands/stats.command.ts';
import { registerWarningsCommands } from './commands/warnings.command.ts';
import { registerChainsCommands } from './commands/chains.command.ts';
import { registerPlatformsCommands } from './commands/platforms.command.ts';
import { registerTargetsCommand } from './commands/targets.command.ts';
import { registerPoolsCommands } from './commands/pools.command.ts';
import { registerRectificationCommands } from './commands/rectification.command.ts';
import { registerProjectsCommands } from './commands/projects.command.ts';
import { registerUserCommands } from './commands/user.command.ts';

export function buildProgram(io: CliIo): Command {
  const program = new Command('observatory')
    .description('产业集群监测评价平台 Cluster Observatory')
    .version(version, '-V, --version', '显示版本 (print the version)')
    // Program options only before a command, so a command's own --version (scheme or list version) reaches it.
    .enablePositionalOptions()
    .helpOption('-h, --help', '显示帮助 (show help)')
    .helpCommand('help [command]', '显示命令帮助 (show help for a command)')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text), writeErr: (text) => io.err(text) });
  registerServeCommand(program, io);
  registerDbCommands(program, io);
  registerRegistryCommands(program, io);
  registerIndustryCommands(program, io);
  registerCheckUsccCommand(program, io);
  registerImportCommands(program, io);
  registerDemoCommands(program, io);
  registerStatsCommands(program, io);
  registerReportCommands(program, io);
  registerIndexCommands(program, io);
  registerAnalyzeCommands(program, io);
  registerSdcCommand(program, io);
  registerEvaluationCommands(program, io);
  registerWarningsCommands(program, io);
  registerChainsCommands(program, io);
  registerPlatformsCommands(program, io);
  registerTargetsCommand(program, io);
  registerPoolsCommands(program, io);
  registerRectificationCommands(program, io);
  registerProjectsCommands(program, io);
  registerEvaluateCommand(program, io);
  registerUserCommands(program, io);
  registerAuditCommands(program, io);
  for (const command of program.commands) command.exitOverride();
  return program;
}

async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    await buildProgram(io).parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    return reportCliError(error, io);
  }
}

const exitCode = await run(process.argv, processIo);
if (exitCode !== 0 || !process.argv.includes('serve')) process.exitCode = exitCode;
