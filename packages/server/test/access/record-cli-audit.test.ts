/** What a command line leaves in the audit log: secret option values masked, everything else as typed. */
import { describe, expect, it } from 'vitest';
import { maskedArguments } from '../../src/services/access/record-cli-audit.ts';

describe('maskedArguments', () => {
  it.each([
    [
      ['user', 'create', '--login', 'a', '--password', 'Geheim#2026'],
      ['user', 'create', '--login', 'a', '--password', '***'],
    ],
    [
      ['serve', '--admin-token=abc'],
      ['serve', '--admin-token=***'],
    ],
    [
      ['user', 'reset', '--totp-secret', 'ABC'],
      ['user', 'reset', '--totp-secret', '***'],
    ],
    [
      ['import', 'file.csv', '--source', 'tax', '--dry-run'],
      ['import', 'file.csv', '--source', 'tax', '--dry-run'],
    ],
    [
      ['stats', '--format=json'],
      ['stats', '--format=json'],
    ],
  ])('%j → %j', (args, expected) => {
    expect(maskedArguments(args)).toEqual(expected);
  });
});
