/**
 * Whether disclosure control withholds one cell of the protected unit × cluster tables from an audience, and by
 * which rule: frequency (too few contributors), dominance (p %, pq or (n,k): a few enterprises make up most of
 * it) or secondary suppression (withheld so that another withheld cell cannot be recomputed). The rules'
 * parameters are configuration and are never named. A cell of the city's whole 规上 industry is a margin of every
 * system's table, so it is withheld when any of them withholds it (as the unit comparison does).
 */
import type { BilingualName, DisclosureRules, SuppressionReason } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { listClusterSystems } from '../../repositories/registry.repository.ts';
import {
  CITY_CODE,
  SYSTEM_CODE,
  UNIT_TOTAL_CODE,
  protectClusterTable,
  type Audience,
} from './protect-cluster-table.ts';

export type SuppressionRule = 'frequency' | 'dominance' | 'secondary';

export interface CellSuppression {
  suppressed: boolean;
  reason: (BilingualName & { rule: SuppressionRule }) | null;
}

export interface SuppressionCellQuery {
  measure: string;
  year: number;
  month: number;
  systemId?: string | undefined;
  clusterId?: string | undefined;
  reportingUnitId?: string | undefined;
}

const REASONS: Record<SuppressionRule, BilingualName> = {
  frequency: {
    zh: '频数规则：贡献该数据的企业过少，公布会暴露单个企业数据',
    en: 'frequency rule: too few enterprises contribute, publishing would reveal a single enterprise',
  },
  dominance: {
    zh: '优势规则：少数企业占该数据的绝大部分，公布会暴露其数据',
    en: 'dominance rule: a few enterprises make up most of the figure, publishing would reveal their data',
  },
  secondary: {
    zh: '次级隐藏：为防止由合计与其他公布数反推出被隐藏的数据而一并隐藏',
    en: 'secondary suppression: withheld so that another withheld figure cannot be recomputed from totals',
  },
};

function ruleOf(reasons: ReadonlySet<SuppressionReason>): SuppressionRule {
  if (reasons.has('frequency')) return 'frequency';
  if (reasons.has('dominance') || reasons.has('p-percent') || reasons.has('pq')) return 'dominance';
  return 'secondary';
}

export async function explainSuppression(
  db: Kysely<DatabaseSchema>,
  query: SuppressionCellQuery,
  audience: Audience,
  rules: DisclosureRules,
): Promise<CellSuppression> {
  if (audience.kind === 'full') return { suppressed: false, reason: null };
  const systemIds =
    query.systemId !== undefined ? [query.systemId] : (await listClusterSystems(db)).map((system) => system.id);
  const code = query.systemId === undefined ? CITY_CODE : (query.clusterId ?? SYSTEM_CODE);
  const unit = query.reportingUnitId ?? UNIT_TOTAL_CODE;
  const reasons = new Set<SuppressionReason>();
  let suppressed = false;
  for (const systemId of systemIds) {
    const { table } = await protectClusterTable(db, { ...query, systemId, audience, rules });
    const cell = table?.cells.find((candidate) => candidate.codes[0] === unit && candidate.codes[1] === code);
    if (cell === undefined || cell.status === 'published') continue;
    suppressed = true;
    for (const reason of cell.reasons) reasons.add(reason);
  }
  if (!suppressed) return { suppressed: false, reason: null };
  const rule = ruleOf(reasons);
  return { suppressed: true, reason: { rule, ...REASONS[rule] } };
}
