/**
 * Target measures from the cultivation pools (DOMAIN.md §2, policy of 2020-09-29 四(六)), for the targets service:
 * - `count:single_champions`: national-level 单项冠军 entries in force at the year's end (level 国家级 as the list or
 *   its 工信部 document says);
 * - `count:little_giants`: national-level 专精特新“小巨人” entries in force at the year's end;
 * - `count:hidden_champions`: *new* provincial 隐形冠军 since the policy's baseline year 2020: firms whose first
 *   隐形冠军 entry was entered 2021-01-01 or later, up to the year's end (the target is 新增 8家以上);
 * - `count:new_listed_companies`: firms whose 上市企业 entry (entry date = listing date) is dated 2021-01-01 or later,
 *   up to the year's end.
 * A cluster's target counts its member firms (the statistics' membership). No pool list of the year or earlier:
 * unavailable, never 0.
 */
import type { PoolLevel, PoolTier } from '@observatory/core';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../db/schema.ts';
import { hasPoolList } from '../../repositories/pool-entry.repository.ts';
import { listPoolHoldingRows } from '../../repositories/pool-holding.repository.ts';
import type {
  RegisterMeasureProvider,
  RegisterMeasureQuery,
  RegisterMeasureValue,
} from '../targets/register-measure.ts';
import { clusterMembers } from './count-cluster-pools.ts';
import { endOfYear, readEntriesInForce, readPoolEntryStates, type PoolEntryState } from './pool-entry-states.ts';

/** The policy's baseline year: "new" means entered after it. */
export const POOL_TARGET_BASELINE_YEAR = 2020;

type Counter = (db: Kysely<DatabaseSchema>, asOfYear: number) => Promise<PoolEntryState[]>;

const inForceAtLevel =
  (tier: PoolTier, level: PoolLevel): Counter =>
  async (db, year) =>
    (await readEntriesInForce(db, { date: endOfYear(year), scope: { kind: 'all' }, tier })).filter(
      (entry) => entry.level === level,
    );

/** Firms whose first entry in the tier (any list up to the year) is dated after the baseline year, not withdrawn. */
const newSinceBaseline =
  (tier: PoolTier): Counter =>
  async (db, year) => {
    const date = endOfYear(year);
    const [rows, states] = await Promise.all([
      listPoolHoldingRows(db, { upToDate: date, tier, scope: { kind: 'all' } }),
      readPoolEntryStates(db, { date, scope: { kind: 'all' }, tier }),
    ]);
    const first = new Map<number, string>();
    for (const row of rows) {
      const earliest = first.get(row.enterprise_id);
      if (earliest === undefined || row.entry_date < earliest) first.set(row.enterprise_id, row.entry_date);
    }
    const baselineEnd = endOfYear(POOL_TARGET_BASELINE_YEAR);
    return states.filter(
      (entry) => (first.get(entry.enterpriseId) ?? '') > baselineEnd && entry.validity !== 'withdrawn',
    );
  };

function provider(measure: string, count: Counter, basis: { zh: string; en: string }): RegisterMeasureProvider {
  return {
    measure,
    async measureValue(db: Kysely<DatabaseSchema>, query: RegisterMeasureQuery): Promise<RegisterMeasureValue> {
      if (!(await hasPoolList(db, query.asOfYear)))
        return {
          value: null,
          unavailable: {
            zh: `${query.asOfYear}年及以前尚未导入企业培育库名单`,
            en: `no cultivation-pool list imported for ${query.asOfYear} or earlier`,
          },
        };
      let entries = await count(db, query.asOfYear);
      if (query.clusterId !== null) {
        const members = await clusterMembers(db, query.systemId, query.clusterId, query.asOfYear);
        entries = entries.filter((entry) => members.ids.has(entry.enterpriseId));
      }
      return {
        value: new Set(entries.map((entry) => entry.enterpriseId)).size,
        year: query.asOfYear,
        basis,
      };
    },
  };
}

export const poolTargetMeasures: RegisterMeasureProvider[] = [
  provider('count:single_champions', inForceAtLevel('single_champion', 'national'), {
    zh: '国家级制造业单项冠军（年末有效期内）',
    en: 'national single champions in force at the year end',
  }),
  provider('count:little_giants', inForceAtLevel('little_giant', 'national'), {
    zh: '国家级专精特新“小巨人”（年末有效期内）',
    en: 'national little giants in force at the year end',
  }),
  provider('count:hidden_champions', newSinceBaseline('hidden_champion'), {
    zh: '2021年以来新增省级隐形冠军（首次入库）',
    en: 'provincial hidden champions first entered since 2021',
  }),
  provider('count:new_listed_companies', newSinceBaseline('listed'), {
    zh: '2021年以来新上市企业（以上市日期即入库日期计）',
    en: 'companies listed since 2021 (entry date = listing date)',
  }),
];
