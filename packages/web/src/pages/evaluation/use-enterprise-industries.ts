/**
 * The GB/T 4754 class of each enterprise in a data year, for filtering a run's results by industry: the run's
 * results do not carry it, so it is read from GET /api/enterprises (in the caller's scope) a page of 1000 at a
 * time. Null until read; an empty map when the caller may not list enterprises.
 */
import { useEffect, useState } from 'react';
import { apiGet, apiPath } from '../../api/client.ts';

interface EnterpriseSummary {
  uscc: string;
  industryCode: string | null;
}

const PAGE = 1000;
/** At most this many pages (a city has some thousands of rated firms). */
const MAX_PAGES = 50;

export function useEnterpriseIndustries(year: number, enabled: boolean): Map<string, string | null> | null {
  const [industries, setIndustries] = useState<Map<string, string | null> | null>(null);
  useEffect(() => {
    if (!enabled) {
      setIndustries(new Map());
      return;
    }
    const controller = new AbortController();
    void (async () => {
      const found = new Map<string, string | null>();
      try {
        for (let page = 0; page < MAX_PAGES; page++) {
          const rows = await apiGet<EnterpriseSummary[]>(
            apiPath('/api/enterprises', { year, limit: PAGE, offset: page * PAGE }),
            controller.signal,
          );
          for (const row of rows) found.set(row.uscc, row.industryCode);
          if (rows.length < PAGE) break;
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      if (!controller.signal.aborted) setIndustries(found);
    })();
    return () => controller.abort();
  }, [year, enabled]);
  return industries;
}
