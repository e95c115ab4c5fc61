/** Where the CLI writes, and how it reports failures: messages on stderr, details one per line. */
import { AppError } from '../app-error.ts';
import { ConfigError } from '../config.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

export class CliExit extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}

/** Prints an error the way a person can act on it and returns the exit code. */
export function reportCliError(error: unknown, io: CliIo): number {
  if (error instanceof CliExit) return error.exitCode;
  if (error instanceof AppError) {
    io.err(`错误 (error): ${error.message}`);
    for (const detail of error.details) io.err(`  - ${detail.path ? `${detail.path}: ` : ''}${detail.message}`);
    return 1;
  }
  if (error instanceof ConfigError) {
    io.err(`配置错误 (configuration error): ${error.message}`);
    return 2;
  }
  io.err(`意外错误 (unexpected error): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 1;
}

export type OutputFormat = 'json' | 'text';

export function parseFormat(value: string): OutputFormat {
  if (value !== 'json' && value !== 'text')
    throw new AppError(
      'validation_failed',
      `--format 应为 json 或 text，实际为 "${value}" (--format must be json or text)`,
    );
  return value;
}
