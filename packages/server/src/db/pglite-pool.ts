/**
 * Presents an embedded PGlite database as the node-postgres pool Kysely's PostgresDialect expects, so one
 * query code serves PGlite and PostgreSQL. PGlite has a single connection: the pool hands it to one
 * borrower at a time (a transaction keeps it until it is released), the others wait in order.
 */
import type { PGlite } from '@electric-sql/pglite';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from 'kysely';

const modifyingCommands = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

function commandOf(sqlText: string): string {
  const match = /^\s*(?:with\b[\s\S]*?\)\s*)?([a-z]+)/i.exec(sqlText.replace(/^(\s*--[^\n]*\n)+/, ''));
  return (match?.[1] ?? '').toUpperCase();
}

export class PGlitePool implements PostgresPool {
  #queue: Promise<void> = Promise.resolve();

  constructor(private readonly pglite: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const released = new Promise<void>((resolveRelease) => (release = resolveRelease));
    const turn = this.#queue;
    this.#queue = turn.then(() => released);
    await turn;
    const pglite = this.pglite;
    let done = false;
    return {
      async query<R>(sqlText: string, parameters: ReadonlyArray<unknown>): Promise<PostgresQueryResult<R>> {
        const result = await pglite.query<R>(sqlText, [...parameters]);
        const command = commandOf(sqlText) as PostgresQueryResult<R>['command'];
        const rowCount = modifyingCommands.has(command) ? (result.affectedRows ?? 0) : result.rows.length;
        return { command, rowCount, rows: result.rows };
      },
      release() {
        if (done) return;
        done = true;
        release();
      },
    } as PostgresPoolClient;
  }

  async end(): Promise<void> {
    await this.#queue;
  }
}
