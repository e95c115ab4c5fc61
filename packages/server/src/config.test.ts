import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('defaults to embedded PGlite on port 8080 with writes disabled', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ databaseUrl: null, port: 8080, adminToken: null });
    expect(config.pgliteDir).toMatch(/data[\\/]pglite$/);
    expect(config.registryDir).toMatch(/data[\\/]registry[\\/]?$/);
  });

  it('uses PostgreSQL when DATABASE_URL is set, and reads PORT and the token', () => {
    expect(
      loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1/db', PORT: '9000', OBSERVATORY_ADMIN_TOKEN: 't' }),
    ).toMatchObject({
      databaseUrl: 'postgresql://x@127.0.0.1/db',
      port: 9000,
      adminToken: 't',
    });
    expect(loadConfig({ DATABASE_URL: '  ' }).databaseUrl).toBeNull();
  });

  it('reads the scoped login role for row-level security, which needs PostgreSQL', () => {
    const url = 'postgresql://x@127.0.0.1/db';
    const scoped = 'postgresql://reader@127.0.0.1/db';
    expect(loadConfig({ DATABASE_URL: url, OBSERVATORY_SCOPED_DATABASE_URL: scoped }).scopedDatabaseUrl).toBe(scoped);
    expect(loadConfig({ DATABASE_URL: url }).scopedDatabaseUrl).toBeNull();
    expect(() => loadConfig({ OBSERVATORY_SCOPED_DATABASE_URL: scoped })).toThrow(/DATABASE_URL/u);
  });

  it.each(['abc', '-1', '70000', '80.5'])('refuses PORT=%s with a clear error', (port) => {
    expect(() => loadConfig({ PORT: port })).toThrow(ConfigError);
  });

  it('allows 20 sign-in attempts a minute per address unless OBSERVATORY_LOGIN_LIMIT says otherwise', () => {
    expect(loadConfig({}).loginAttemptsPerMinute).toBe(20);
    expect(loadConfig({ OBSERVATORY_LOGIN_LIMIT: '200' }).loginAttemptsPerMinute).toBe(200);
  });

  it.each(['0', '-3', '2.5', 'many'])('refuses OBSERVATORY_LOGIN_LIMIT=%s with a clear error', (limit) => {
    expect(() => loadConfig({ OBSERVATORY_LOGIN_LIMIT: limit })).toThrow(/OBSERVATORY_LOGIN_LIMIT/u);
  });
});
