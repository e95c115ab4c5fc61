/** What route handlers receive: the database and what they need to know about the running server. */
import type { Database } from '../db/database.ts';

export interface ApiContext {
  database: Database;
  version: string;
  adminToken: string | null;
}
