/**
 * Runs the real `observatory` command (node packages/server/bin/observatory.js) from the repository root
 * against a database of its own, for the intake CLI tests: to completion (execFile), or spawned so that a
 * test can watch its stderr and kill it.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const observatoryBin = 'packages/server/bin/observatory.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `observatory ...args` with `env`; resolves with the exit code whatever it is. */
export function runObservatory(env: NodeJS.ProcessEnv, args: string[], timeoutMs = 120_000): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [observatoryBin, ...args],
      { cwd: repoRoot, env, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') {
          const why = error.killed
            ? `was stopped (${error.signal ?? 'signal'}) after its ${timeoutMs} ms`
            : 'did not finish';
          reject(
            new Error(`observatory ${args.join(' ')} ${why}: ${error.message}\nstdout: ${stdout}\nstderr: ${stderr}`),
          );
          return;
        }
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

/** Starts `observatory ...args` with `env` and returns the child (pipes for stdin, stdout, stderr). */
export function spawnObservatory(env: NodeJS.ProcessEnv, args: string[]): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [observatoryBin, ...args], { cwd: repoRoot, env });
}
