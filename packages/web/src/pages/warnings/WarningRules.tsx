/** The current rule set (GET /api/warnings/rules) in a collapsible section: each rule's kind, subject and thresholds. */
import { useApi } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import { kindLabel, SEVERITIES, shortTime, subjectKindLabel } from './warning-labels.ts';
import { registerSubjectLabel } from './warning-subject-link.ts';
import type { WarningRuleSet, WarningSeverity } from './warning-types.ts';

type Rule = Record<string, unknown>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

export function WarningRules() {
  const { t, name } = useLanguage();
  const state = useApi<WarningRuleSet>('/api/warnings/rules');
  const thresholds = (rule: Rule) => {
    const severity = (rule.severity ?? {}) as Partial<Record<WarningSeverity, number>>;
    return (Object.keys(SEVERITIES) as WarningSeverity[])
      .filter((level) => severity[level] !== undefined)
      .map((level) => `${name(SEVERITIES[level])} ${String(severity[level])}`)
      .join(' / ');
  };
  const columns: Column<Rule>[] = [
    { key: 'id', header: t('规则', 'Rule'), value: (rule) => text(rule.id) },
    { key: 'name', header: t('名称', 'Name'), value: (rule) => name(rule.name as Bilingual | undefined) },
    { key: 'kind', header: t('类型', 'Kind'), value: (rule) => name(kindLabel(text(rule.kind))) },
    {
      key: 'subject',
      header: t('对象', 'Subject'),
      value: (rule) => name(registerSubjectLabel(text(rule.kind)) ?? subjectKindLabel(text(rule.subject))),
    },
    { key: 'thresholds', header: t('阈值', 'Thresholds'), value: thresholds },
    { key: 'owner', header: t('责任方', 'Owner'), value: (rule) => text(rule.owner) },
  ];
  return (
    <details className="card warning-rules">
      <summary>
        <h2>{t('预警规则', 'Warning rules')}</h2>
      </summary>
      <ApiView state={state} isEmpty={(set) => set.rules.length === 0}>
        {(set) => (
          <>
            <p className="muted">
              {set.source} · {t('载入于', 'loaded')} {shortTime(set.loadedAt)} · {set.digest.slice(0, 12)}
            </p>
            <DataTable
              rows={set.rules}
              columns={columns}
              rowKey={(rule) => text(rule.id)}
              caption={t('当前规则', 'Current rules')}
              filterable={false}
            />
          </>
        )}
      </ApiView>
    </details>
  );
}
