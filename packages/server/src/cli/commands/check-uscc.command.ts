/**
 * `observatory check-uscc CODE...`: one JSON object per line. Needs no database. Exit code 1 when any
 * code is invalid (wrong length or character); a failed check character is only a warning.
 */
import { checkUscc } from '@observatory/core';
import type { Command } from 'commander';
import { CliExit, type CliIo } from '../cli-io.ts';

export function registerCheckUsccCommand(program: Command, io: CliIo): void {
  program
    .command('check-uscc')
    .description('校验统一社会信用代码 GB 32100-2015，每行输出一个 JSON (check USCCs; one JSON object per line)')
    .argument('<codes...>', '一个或多个代码 (one or more codes)')
    .action((codes: string[]) => {
      let invalid = 0;
      for (const input of codes) {
        const check = checkUscc(input);
        if (!check.valid) invalid++;
        io.out(
          JSON.stringify({
            code: check.code,
            valid: check.valid,
            warning: check.warning,
            registrar: check.registrar,
            entityType: check.entityType,
            area: check.area,
            orgCode: check.orgCode,
            ...(check.valid ? {} : { reason: check.reason }),
            ...(check.input !== check.code ? { input: check.input, normalised: check.normalised } : {}),
          }),
        );
      }
      if (invalid > 0) throw new CliExit(1);
    });
}
