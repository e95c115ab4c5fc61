/**
 * 差别化政策台账 of a run: the city totals per lever kind (benefits and charges, enterprises, amounts where the
 * scheme gives a rate) and the earlier published runs that set consecutive years (city-wide accounts).
 */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { EvaluationLedger, LedgerTotal } from './evaluation-types.ts';

const KINDS: Record<string, [string, string]> = {
  land_use_tax_relief: ['城镇土地使用税减免', 'Land-use tax relief'],
  power_surcharge: ['差别化电价加价', 'Power surcharge'],
  water_surcharge: ['差别化水价加价', 'Water surcharge'],
  sewage_surcharge: ['差别化污水处理费', 'Sewage surcharge'],
  reward: ['奖励', 'Reward'],
  direct_power_trading: ['电力直接交易', 'Direct power trading'],
  land_supply: ['新增用地', 'New land'],
  gas_surcharge: ['差别化气价加价', 'Gas surcharge'],
  credit: ['信贷支持', 'Credit'],
  restriction: ['限制措施', 'Restrictions'],
  energy_quota: ['用能指标', 'Energy quota'],
  emission_quota: ['排放指标', 'Emission quota'],
  other: ['其他政策', 'Other'],
};

export function LedgerSummary({ runId }: { runId: number }) {
  const { t, language, name } = useLanguage();
  const state = useApi<EvaluationLedger>(`/api/evaluation/runs/${runId}/ledger`);
  return (
    <section className="card" aria-label={t('差别化政策台账', 'Differentiated policy ledger')}>
      <h2>{t('差别化政策台账（全市合计）', 'Differentiated policy ledger (city totals)')}</h2>
      <ApiView state={state} isEmpty={(ledger) => ledger.totals.length === 0}>
        {(ledger) => {
          const leverName = (kind: string) => {
            if (KINDS[kind]) return KINDS[kind]![language === 'zh' ? 0 : 1];
            const entry = ledger.entries.find((candidate) => candidate.kind === kind);
            return entry ? name(entry.leverName) : kind;
          };
          const columns: Column<LedgerTotal>[] = [
            { key: 'kind', header: t('政策', 'Policy'), value: (row) => leverName(row.kind) },
            {
              key: 'direction',
              header: t('方向', 'Direction'),
              value: (row) => (row.direction === 'benefit' ? t('享受', 'Benefit') : t('加收', 'Charge')),
            },
            {
              key: 'enterprises',
              header: t('企业数', 'Enterprises'),
              value: (row) => row.enterprises,
              render: (row) => count(row.enterprises),
              align: 'right',
            },
            {
              key: 'amount',
              header: t('金额', 'Amount'),
              value: (row) => (row.withoutAmount === row.entries ? null : row.amount),
              render: (row) =>
                row.withoutAmount === row.entries
                  ? t('方案未给出费率', 'no rate in the scheme')
                  : row.unit === null || row.unit === 'yuan'
                    ? money(row.amount, language)
                    : `${row.amount} ${row.unit}`,
              align: 'right',
            },
          ];
          return (
            <>
              <DataTable
                rows={ledger.totals}
                columns={columns}
                rowKey={(row) => `${row.kind}-${row.direction}-${row.unit ?? ''}`}
                filterable={false}
                exportName={`evaluation-${runId}-ledger`}
              />
              <p className="muted">
                {ledger.historyRuns.length > 0
                  ? t(
                      `连续年数参考已发布批次：${ledger.historyRuns.map((run) => `${run.year}年（#${run.runId}）`).join('、')}`,
                      `Consecutive years from the published runs: ${ledger.historyRuns.map((run) => `${run.year} (#${run.runId})`).join(', ')}`,
                    )
                  : t(
                      '没有更早的已发布批次，连续年数按 1 年计。',
                      'No earlier published run: consecutive years count as 1.',
                    )}
              </p>
            </>
          );
        }}
      </ApiView>
    </section>
  );
}
