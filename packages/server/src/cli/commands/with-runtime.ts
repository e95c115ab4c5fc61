/** Runs a CLI action against the configured database, closing it afterwards whatever happens. */
import { loadConfig, type Config } from '../../config.ts';
import { openRuntime, type Runtime } from '../../main.ts';

export async function withRuntime<T>(action: (runtime: Runtime, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const runtime = await openRuntime(config);
  try {
    return await action(runtime, config);
  } finally {
    await runtime.close();
  }
}
