/**
 * `observatory serve`: the HTTP API on the configured database (what `npm start` runs). The wiring
 * (main.ts) is imported when the command runs, not when the command line starts.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import type { CliIo } from '../cli-io.ts';

export function registerServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('启动服务 (start the server; PORT, DATABASE_URL, OBSERVATORY_PGLITE_DIR)')
    .action(async () => {
      const { startServer } = await import('../../main.ts');
      const server = await startServer(loadConfig(), (line) => io.out(line));
      const stop = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
