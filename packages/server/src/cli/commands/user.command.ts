/**
 * `observatory user create|reset|disable|list`: bootstrap and maintenance of accounts from the server's own
 * terminal (the person at it is trusted as the system administrator; the audit log names `cli:<os user>`).
 * A generated password and a TOTP secret are printed once and never stored in clear.
 */
import { userInfo } from 'node:os';
import { ROLE_DEFINITIONS, ROLES } from '@observatory/core';
import type { Command } from 'commander';
import { resetPassword } from '../../services/access/change-password.ts';
import { createAccount } from '../../services/access/create-account.ts';
import { disableAccount } from '../../services/access/disable-account.ts';
import { listAccountSummaries } from '../../services/access/list-accounts.ts';
import { parseFormat, type CliIo } from '../cli-io.ts';
import { withRuntime } from './with-runtime.ts';

const cliActor = () => `cli:${userInfo().username}`;

export function registerUserCommands(program: Command, io: CliIo): void {
  const user = program.command('user').description('账号管理 (accounts)');
  const roleList = ROLES.map((role) => `${role} ${ROLE_DEFINITIONS[role].name.zh}`).join('; ');

  user
    .command('create')
    .description('创建账号 (create an account)')
    .requiredOption('--login <login>', '账号名 (login)')
    .requiredOption('--name <name>', '姓名 (display name)')
    .requiredOption('--role <role>', `角色 (role): ${roleList}`)
    .option('--unit <id>', '所属单位，county_staff 必填 (reporting unit, for county_staff)')
    .option('--cluster <system/cluster>', '所属集群，cluster_org 必填 (cluster, for cluster_org)')
    .option('--uscc <uscc>', '企业统一社会信用代码，enterprise_user 必填 (for enterprise_user)')
    .option('--password-stdin', '从标准输入读取密码，否则随机生成 (read the password from stdin; else generated)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(
      async (options: {
        login: string;
        name: string;
        role: string;
        unit?: string;
        cluster?: string;
        uscc?: string;
        passwordStdin?: boolean;
        format: string;
      }) => {
        const format = parseFormat(options.format);
        const password = options.passwordStdin === true ? (await readStdin()).replace(/\r?\n$/u, '') : null;
        await withRuntime(async ({ database }, config) => {
          const created = await createAccount(
            database.db,
            {
              login: options.login,
              displayName: options.name,
              role: options.role,
              reportingUnitId: options.unit ?? null,
              cluster: options.cluster ?? null,
              uscc: options.uscc ?? null,
              password,
            },
            { policy: config.passwordPolicy, createdBy: cliActor() },
          );
          if (format === 'json') return io.out(JSON.stringify(created));
          io.out(`已创建账号 (account created): ${created.login} (${created.role}, id ${created.id})`);
          if (created.initialPassword !== null)
            io.out(`初始密码，首次登录须修改 (initial password, must be changed): ${created.initialPassword}`);
          if (created.totpSecret !== null) {
            io.out(`动态口令密钥 (TOTP secret): ${created.totpSecret}`);
            io.out(`身份验证器链接 (authenticator URI): ${created.totpUri}`);
          }
        });
      },
    );

  user
    .command('reset <login>')
    .description('重置密码并结束其所有会话 (reset the password and end all sessions)')
    .action(async (login: string) => {
      await withRuntime(async ({ database }, config) => {
        const temporary = await resetPassword(database.db, login, {
          policy: config.passwordPolicy,
          resetBy: cliActor(),
        });
        io.out(`临时密码，登录后须修改 (temporary password, must be changed): ${temporary}`);
      });
    });

  user
    .command('disable <login>')
    .description('停用账号 (disable an account)')
    .requiredOption('--reason <text>', '原因 (reason)')
    .action(async (login: string, options: { reason: string }) => {
      await withRuntime(async ({ database }) => {
        const { sessionsEnded } = await disableAccount(database.db, login, {
          disabledBy: cliActor(),
          reason: options.reason,
        });
        io.out(`已停用 ${login}，结束会话 ${sessionsEnded} 个 (disabled, ${sessionsEnded} sessions ended)`);
      });
    });

  user
    .command('list')
    .description('列出账号 (list accounts)')
    .option('--format <format>', 'json 或 text', 'text')
    .action(async (options: { format: string }) => {
      const format = parseFormat(options.format);
      await withRuntime(async ({ database }) => {
        const accounts = await listAccountSummaries(database.db);
        if (format === 'json') return io.out(JSON.stringify(accounts));
        for (const a of accounts)
          io.out(
            `${a.login}\t${a.name}\t${a.role}\t${a.scope ?? '—'}${a.disabled ? '\t已停用 disabled' : ''}${a.locked ? '\t已锁定 locked' : ''}`,
          );
      });
    });
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
