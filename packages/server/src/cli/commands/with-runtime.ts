/**
 * Runs a CLI action against the configured database, closing it afterwards whatever happens; an action that
 * succeeded is written to the audit log (actor cli:<operating-system user>, the command and its arguments).
 * The wiring (main.ts: database drivers, the HTTP app) is imported here, when an action runs, so that
 * `--help` and the commands that need no database do not load it.
 */
import { loadConfig, type Config } from '../../config.ts';
import type { Runtime } from '../../main.ts';
import { recordCliAudit } from '../../services/access/record-cli-audit.ts';
import { cliActorName } from '../cli-subject.ts';

export async function withRuntime<T>(action: (runtime: Runtime, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const { openRuntime } = await import('../../main.ts');
  const runtime = await openRuntime(config);
  try {
    const result = await action(runtime, config);
    await recordCliAudit(runtime.database.db, cliActorName(), process.argv.slice(2));
    return result;
  } finally {
    await runtime.close();
  }
}
