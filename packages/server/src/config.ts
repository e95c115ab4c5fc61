/**
 * The server's configuration: the only place that reads process.env. Everything else receives a Config.
 */
import { resolve } from 'node:path';
import {
  DisclosureError,
  parseDisclosureRules,
  PASSWORD_POLICY_PRESETS,
  type DisclosureRules,
  type PasswordPolicy,
} from '@observatory/core';
import { shippedRegistryDir, shippedWebDir } from './data-files.ts';

export interface Config {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | null;
  /**
   * PostgreSQL only (OBSERVATORY_SCOPED_DATABASE_URL): a login role that is a member of observatory_scoped and of
   * nothing privileged; scoped reads use its connections, so they cannot lift their scope (docs/security.md).
   * When absent, scoped reads SET LOCAL ROLE observatory_scoped on the main connections.
   */
  scopedDatabaseUrl?: string | null;
  /** Directory of the embedded PGlite database. */
  pgliteDir: string;
  port: number;
  host: string;
  /** Directory of the registry files (one YAML file per cluster system) loaded by `registry load`. */
  registryDir: string;
  /** The built web cockpit (OBSERVATORY_WEB_DIR, default packages/web/dist), served at `/`. */
  webDir: string;
  /** An official county-boundary GeoJSON replacing the shipped map (OBSERVATORY_MAP_GEOJSON); null: the shipped one. */
  mapGeoJsonPath: string | null;
  /** Where `npm start` writes and reads the synthetic demo data set. */
  demoDir: string;
  /** Load the demo data set when the embedded database has no imports yet (OBSERVATORY_DEMO=off to skip). */
  demoOnFirstRun: boolean;
  /** Print import progress as plain lines on stderr (for scripts and tests) instead of a terminal bar. */
  progressLines: boolean;
  /** Bearer token that authorises registry writes until accounts exist; writes are refused when unset. */
  adminToken: string | null;
  /**
   * Disclosure-control rules for every aggregate that leaves the system (OBSERVATORY_SDC_RULES, e.g.
   * `freq=3,p=10,nk=2:85`). Configuration of the producer: never published.
   */
  disclosureRules: DisclosureRules;
  /**
   * Password rules (OBSERVATORY_PASSWORD_POLICY): `djcp2` (等保 2.0: 8+ characters of 3 classes, 90-day rotation,
   * default) or `asvs` (OWASP ASVS: 12+ characters, no composition rules, no rotation).
   */
  passwordPolicy: PasswordPolicy;
  /**
   * Sign-in attempts per client address and minute (OBSERVATORY_LOGIN_LIMIT, default 20). Raise it when the
   * bureau's staff reach the server through one shared address (an office NAT or a proxy).
   */
  loginAttemptsPerMinute: number;
}

function parseLoginLimit(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 20;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1)
    throw new ConfigError(
      `OBSERVATORY_LOGIN_LIMIT 应为正整数，实际为 "${raw}" (OBSERVATORY_LOGIN_LIMIT must be a positive integer, got "${raw}")`,
    );
  return limit;
}

function parsePasswordPolicy(raw: string | undefined): PasswordPolicy {
  const name = raw === undefined || raw.trim() === '' ? 'djcp2' : raw.trim();
  if (name !== 'djcp2' && name !== 'asvs')
    throw new ConfigError(
      `OBSERVATORY_PASSWORD_POLICY 应为 djcp2 或 asvs，实际为 "${name}" (OBSERVATORY_PASSWORD_POLICY must be djcp2 or asvs)`,
    );
  return PASSWORD_POLICY_PRESETS[name];
}

export const DEFAULT_DISCLOSURE_RULES = 'freq=3,p=10,nk=2:85';

function parseRules(raw: string | undefined): DisclosureRules {
  try {
    return parseDisclosureRules(raw === undefined || raw.trim() === '' ? DEFAULT_DISCLOSURE_RULES : raw);
  } catch (error) {
    if (error instanceof DisclosureError) throw new ConfigError(`OBSERVATORY_SDC_RULES: ${error.message}`);
    throw error;
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT 应为 0–65535 的整数，实际为 "${raw}" (PORT must be an integer 0–65535, got "${raw}")`);
  }
  return port;
}

function parseScopedDatabaseUrl(raw: string | undefined, databaseUrl: string | null): string | null {
  if (raw === undefined || raw.trim() === '') return null;
  if (databaseUrl === null)
    throw new ConfigError(
      'OBSERVATORY_SCOPED_DATABASE_URL 需与 DATABASE_URL 同用 (OBSERVATORY_SCOPED_DATABASE_URL needs DATABASE_URL: PostgreSQL only)',
    );
  return raw;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const databaseUrl = env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL : null;
  return {
    databaseUrl,
    scopedDatabaseUrl: parseScopedDatabaseUrl(env.OBSERVATORY_SCOPED_DATABASE_URL, databaseUrl),
    pgliteDir: resolve(env.OBSERVATORY_PGLITE_DIR ?? './data/pglite'),
    registryDir: resolve(env.OBSERVATORY_REGISTRY_DIR ?? shippedRegistryDir),
    port: parsePort(env.PORT),
    host: env.HOST ?? '0.0.0.0',
    progressLines: env.OBSERVATORY_PROGRESS === 'lines',
    webDir: resolve(env.OBSERVATORY_WEB_DIR ?? shippedWebDir),
    mapGeoJsonPath:
      env.OBSERVATORY_MAP_GEOJSON && env.OBSERVATORY_MAP_GEOJSON !== '' ? resolve(env.OBSERVATORY_MAP_GEOJSON) : null,
    demoDir: resolve(env.OBSERVATORY_DEMO_DIR ?? './data/demo'),
    demoOnFirstRun: env.OBSERVATORY_DEMO !== 'off',
    adminToken: env.OBSERVATORY_ADMIN_TOKEN && env.OBSERVATORY_ADMIN_TOKEN !== '' ? env.OBSERVATORY_ADMIN_TOKEN : null,
    disclosureRules: parseRules(env.OBSERVATORY_SDC_RULES),
    passwordPolicy: parsePasswordPolicy(env.OBSERVATORY_PASSWORD_POLICY),
    loginAttemptsPerMinute: parseLoginLimit(env.OBSERVATORY_LOGIN_LIMIT),
  };
}
