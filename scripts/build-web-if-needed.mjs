#!/usr/bin/env node
// Builds the web cockpit (packages/web → packages/web/dist) when there is no build or a source is newer than it.
// `npm start` runs this first, so a fresh clone serves the dashboard without a separate step.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const web = join(import.meta.dirname, '..', 'packages', 'web');
const built = join(web, 'dist', 'index.html');
const sources = ['src', 'build', 'index.html', 'vite.config.ts', 'package.json', join('..', 'core', 'src', 'format')];

function newest(path) {
  if (!existsSync(path)) return 0;
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newest(join(web, source))));
if (builtAt >= changedAt && process.argv[2] !== '--force') process.exit(0);
console.log(
  builtAt === 0 ? '构建网页 (building the web app)…' : '网页源码已更新，重新构建 (web sources changed, rebuilding)…',
);
const run = spawnSync('npm', ['run', '--silent', 'build', '-w', '@observatory/web'], { stdio: 'inherit' });
process.exit(run.status ?? 1);
