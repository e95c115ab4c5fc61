/** Values the global setups hand to the test files (vitest provide/inject). */
declare module 'vitest' {
  export interface ProvidedContext {
    /** A prepared (migrated, reference-loaded) PGlite directory to copy for each test file. */
    pgliteTemplateDir: string;
    /** Superuser URL of the throwaway PostgreSQL cluster. */
    postgresAdminUrl: string;
    /** Name of the prepared template database on that cluster. */
    postgresTemplateDatabase: string;
  }
}
export {};
