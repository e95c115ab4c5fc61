/** What the browser tests' global setup hands to every test file (through Vitest's provide/inject). */
export interface BrowserAccount {
  login: string;
  password: string;
  /** Base32 secret when the role signs in with a one-time code. */
  totpSecret: string | null;
}

export interface BrowserFixture {
  baseUrl: string;
  accounts: Record<
    'analyst' | 'reviewer' | 'countyA' | 'countyB' | 'enterprise' | 'leader' | 'sysadmin' | 'auditor' | 'importer',
    BrowserAccount
  >;
  /** Reporting units of the county accounts. */
  unitA: string;
  unitB: string;
  /** An enterprise of unit A (the enterprise account's own) and one of unit B. */
  enterpriseA: string;
  enterpriseB: string;
  /** A published evaluation run on the demo data. */
  publishedRunId: number;
  /** The latest month with statistics (YYYY-MM). */
  latestPeriod: string;
  /** Folder the tests save their screenshots into. */
  screenshotDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserFixture: BrowserFixture;
  }
}
