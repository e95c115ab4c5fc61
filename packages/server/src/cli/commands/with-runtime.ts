/**
 * Runs a CLI action against the configured database, closing it afterwards whatever happens; an action that
 * succeeded is written to the audit log (actor cli:<operating-system user>, the command and its arguments).
 */
import { loadConfig, type Config } from '../../config.ts';
import { openRuntime, type Runtime } from '../../main.ts';
import { recordCliAudit } from '../../services/access/record-cli-audit.ts';
import { cliActorName } from '../cli-subject.ts';

export async function withRuntime<T>(action: (runtime: Runtime, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  try {
    const result = await action(runtime, config);
    await recordCliAudit(runtime.database.db, cliActorName(), process.argv.slice(2));
    return result;
  } finally {
    await runtime.close();
  }
}
