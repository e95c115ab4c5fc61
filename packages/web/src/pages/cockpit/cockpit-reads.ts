/**
 * The API reads of the cockpit's first picture, built in one place: the page reads them through these paths, and
 * the start of the app (routes.ts, firstReads) asks for the same paths beside the page's code when the address
 * names the period, so the figures are on their way before the session check and the page's code have come.
 */
import { apiPath } from '../../api/client.ts';
import type { ExplainQuery } from '../../components/explain-types.ts';
import { defaultSystem, type SystemSummary } from '../../components/system-default.ts';

/** The city's figures by reporting unit (the map). */
export const unitFiguresPath = (period: string, audience: string) =>
  apiPath('/api/statistics/units', { period, audience });

/** The system's clusters (the ranking). */
export const clusterFiguresPath = (system: string, period: string, audience: string) =>
  apiPath('/api/statistics/clusters', { system, period, audience });

/** One headline figure with its explanation (a KPI card). */
export const kpiFigurePath = (query: ExplainQuery) =>
  apiPath('/api/statistics/explain', {
    system: query.system,
    measure: query.measure,
    period: query.period,
    audience: query.audience,
  });

/** The city-wide headline measures, in card order; the third card is the system's output. */
export const CITY_KPI_MEASURES = ['industrial_output', 'value_added'] as const;
export const SYSTEM_KPI_MEASURE = 'industrial_output';

const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * What the cockpit will read first for this address: nothing without a period in it (the latest period comes
 * from the server). The system is the address's, else the default of `systems` once the list has come (null: not
 * yet, so no system reads). The audience is the address's, or public. A read the page ends up not making (a period,
 * system or audience it does not take) is simply not used.
 */
export function cockpitFirstReads(query: URLSearchParams, systems: readonly SystemSummary[] | null): string[] {
  const period = query.get('period');
  if (period === null || !PERIOD.test(period)) return [];
  const audience = query.get('audience') ?? 'public';
  const system = query.get('system') ?? (systems ? defaultSystem(systems) : null);
  return [
    ...CITY_KPI_MEASURES.map((measure) => kpiFigurePath({ measure, period, audience })),
    unitFiguresPath(period, audience),
    ...(system
      ? [
          kpiFigurePath({ system, measure: SYSTEM_KPI_MEASURE, period, audience }),
          clusterFiguresPath(system, period, audience),
        ]
      : []),
  ];
}
