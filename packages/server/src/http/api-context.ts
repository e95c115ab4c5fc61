/** What route handlers receive: the database and what they need to know about the running server. */
import type { DisclosureRules, PasswordPolicy } from '@observatory/core';
import type { Database } from '../db/database.ts';

export interface ApiContext {
  database: Database;
  version: string;
  adminToken: string | null;
  /** Disclosure-control rules for every aggregate the API sends out (configuration, never published). */
  disclosureRules: DisclosureRules;
  /** Password rules for changes through the API (default: 等保 2.0). */
  passwordPolicy?: PasswordPolicy;
  /** Set the session cookie's Secure attribute (default true; false only for plain-HTTP development). */
  secureCookies?: boolean;
  /** Requests per minute one address may send to the API (default 1200: 20 a second, far above a person's use). */
  requestsPerMinute?: number;
  /** Sign-in attempts per client address and minute (default 20; Config.loginAttemptsPerMinute). */
  loginAttemptsPerMinute?: number;
}
