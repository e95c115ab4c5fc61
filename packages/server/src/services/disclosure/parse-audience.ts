/** Reads an audience from the CLI or a query string: `public`, `unit:<reporting unit id>` or `full`. */
import { AppError } from '../../app-error.ts';
import type { Audience } from './protect-cluster-table.ts';

export function parseAudience(text: string): Audience {
  if (text === 'public') return { kind: 'public' };
  if (text === 'full') return { kind: 'full' };
  const match = /^unit:(.+)$/.exec(text);
  if (match) return { kind: 'unit', reportingUnitId: match[1]! };
  throw new AppError(
    'validation_failed',
    `受众 "${text}" 无效，应为 public、unit:<单位代码> 或 full (audience must be public, unit:<id> or full)`,
  );
}
