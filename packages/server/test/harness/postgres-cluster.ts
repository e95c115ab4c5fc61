/**
 * Starts a throwaway PostgreSQL 15 cluster on 127.0.0.1 for the tests (initdb + pg_ctl), or uses
 * TEST_DATABASE_URL when given. PostgreSQL refuses to run as root, so as root the tools run as `postgres`.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian installs each major version under /usr/lib/postgresql/N/bin; prefer 15, the version we target. */
function binCandidates(): string[] {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(a) - Number(b)) : [];
  const ordered = [
    ...versions.filter((version) => version === '15'),
    ...versions.filter((version) => version !== '15'),
  ];
  return ordered.map((version) => join(root, version, 'bin'));
}

export interface RunningCluster {
  /** Connection string to the `postgres` database as superuser. */
  adminUrl: string;
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function postgresUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

export async function startPostgresCluster(): Promise<RunningCluster> {
  const external = process.env.TEST_DATABASE_URL;
  if (external) return { adminUrl: external, stop: () => undefined };

  const bin = binCandidates().find((dir) => existsSync(join(dir, 'initdb')));
  if (!bin) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql; install postgresql or set TEST_DATABASE_URL',
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'observatory-pg-'));
  const dataDir = join(root, 'data');
  const user = postgresUser();
  if (user) {
    chownSync(root, user.uid, user.gid);
    chmodSync(root, 0o700);
  }
  const run = (tool: string, args: string[]) =>
    execFileSync(join(bin, tool), args, { stdio: 'pipe', ...(user ? { uid: user.uid, gid: user.gid } : {}) });

  run('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  writeFileSync(
    join(dataDir, 'postgresql.auto.conf'),
    [
      "listen_addresses = '127.0.0.1'",
      `port = ${port}`,
      `unix_socket_directories = '${root}'`,
      'fsync = off',
      'synchronous_commit = off',
      'full_page_writes = off',
      'max_connections = 200',
    ].join('\n') + '\n',
  );
  if (user) chownSync(join(dataDir, 'postgresql.auto.conf'), user.uid, user.gid);
  run('pg_ctl', ['-D', dataDir, '-l', join(root, 'server.log'), '-w', '-t', '60', 'start']);
  return {
    adminUrl: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
