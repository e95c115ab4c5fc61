/** What route handlers receive: the database and what they need to know about the running server. */
import type { DisclosureRules } from '@observatory/core';
import type { Database } from '../db/database.ts';

export interface ApiContext {
  database: Database;
  version: string;
  adminToken: string | null;
  /** Disclosure-control rules for every aggregate the API sends out (configuration, never published). */
  disclosureRules: DisclosureRules;
}
