/**
 * One audit entry per command-line action on the database (等保 2.0: every change and every read of
 * enterprise-level data, who, what, when, from where): the operating-system user, the command words, and its
 * arguments with the values of secret-looking options masked. Written after the action succeeded.
 */
import type { Queryable } from '../../repositories/queryable.ts';
import { recordAudit } from './record-audit.ts';

const secretOption = /password|secret|token|totp/iu;

/** The arguments as recorded: the value after a secret-looking option (or in `--option=value`) becomes ***. */
export function maskedArguments(args: readonly string[]): string[] {
  return args.map((arg, index) => {
    const [name, value] = arg.split('=', 2);
    if (arg.startsWith('--') && value !== undefined && secretOption.test(name!)) return `${name}=***`;
    const previous = args[index - 1];
    if (previous !== undefined && previous.startsWith('--') && !previous.includes('=') && secretOption.test(previous))
      return '***';
    return arg;
  });
}

export async function recordCliAudit(db: Queryable, actor: string, args: readonly string[]): Promise<void> {
  const words = args.filter((arg) => !arg.startsWith('-')).slice(0, 2);
  await recordAudit(db, {
    actor,
    action: `cli ${words.join(' ')}`.trim(),
    target: words.join(' ') || '(none)',
    origin: 'cli',
    details: { arguments: maskedArguments(args) },
  });
}
