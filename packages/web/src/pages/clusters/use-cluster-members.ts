/**
 * The above-scale enterprises that belong to a cluster in a year, as far as the API allows: GET /api/enterprises
 * has no cluster filter, so the cluster's catalogue codes are asked one by one (industry=<code>) and merged. The
 * server scopes the rows (a county sees its own unit's firms). Manual assignments and partial-coverage codes are
 * not told apart here: the list is the catalogue's candidates.
 */
import { useEffect, useState } from 'react';
import { apiGet, apiPath } from '../../api/client.ts';
import type { ApiError } from '../../api/api-error.ts';
import type { ApiState } from '../../api/use-api.ts';

export interface EnterpriseSummary {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  year: number | null;
  industryCode: string | null;
  aboveScale: boolean | null;
}

export function useClusterMembers(
  codes: readonly string[],
  year: number,
): ApiState<EnterpriseSummary[]> & {
  reload: () => void;
} {
  const [state, setState] = useState<ApiState<EnterpriseSummary[]>>({ status: 'loading', data: null, error: null });
  const [generation, setGeneration] = useState(0);
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', data: null, error: null });
    const unique = key === '' ? [] : key.split(',');
    Promise.all(
      unique.map((code) =>
        apiGet<EnterpriseSummary[]>(
          apiPath('/api/enterprises', { industry: code, year, aboveScale: true, limit: 1000 }),
          controller.signal,
        ),
      ),
    ).then(
      (lists) => {
        if (controller.signal.aborted) return;
        const byUscc = new Map(lists.flat().map((firm) => [firm.uscc, firm]));
        setState({ status: 'ready', data: [...byUscc.values()], error: null });
      },
      (error: ApiError) => {
        if (!controller.signal.aborted) setState({ status: 'error', data: null, error });
      },
    );
    return () => controller.abort();
  }, [key, year, generation]);
  return { ...state, reload: () => setGeneration((value) => value + 1) };
}
