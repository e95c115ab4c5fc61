/**
 * Records every bare module specifier (a package name such as `exceljs` or `echarts/core`, not a relative
 * path, URL or `node:` built-in) a Node process resolves, one a line, to the file named by the environment
 * variable OBSERVATORY_RECORD_IMPORTS. Use: `node --import <this file> …` (Node 20.6+). On the main thread
 * it registers itself through `module.register`; in Node's module-hooks thread it is the `resolve` hook.
 */
import { appendFileSync } from 'node:fs';
import { builtinModules, register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

const builtins = new Set(builtinModules);
let recordFile;

/** A package name (with its subpath), not a relative or absolute path, URL, `#import` or built-in module. */
function isBare(specifier) {
  return !/^(\.|\/|#|[a-z][a-z0-9+.-]*:)/i.test(specifier) && !builtins.has(specifier.split('/')[0]);
}

export function initialize(data) {
  recordFile = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  if (recordFile && isBare(specifier)) appendFileSync(recordFile, `${specifier}\n`);
  return nextResolve(specifier, context);
}

if (isMainThread && process.env.OBSERVATORY_RECORD_IMPORTS)
  register(import.meta.url, { data: { file: process.env.OBSERVATORY_RECORD_IMPORTS } });
