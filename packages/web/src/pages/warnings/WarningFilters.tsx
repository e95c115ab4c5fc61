/** The warnings' filters, kept in the page address: severity, status, rule kind and reporting unit. */
import { setQuery, useLocation } from '../../app/router.tsx';
import { useLanguage, type Bilingual } from '../../i18n/language.tsx';
import { KINDS, SEVERITIES, STATUSES } from './warning-labels.ts';
import type { ReportingUnit } from './warning-types.ts';

export interface WarningFilterValues {
  severity: string;
  status: string;
  kind: string;
  unit: string;
}

export function useWarningFilters(): WarningFilterValues {
  const { query } = useLocation();
  return {
    severity: query.get('severity') ?? '',
    status: query.get('status') ?? '',
    kind: query.get('kind') ?? '',
    unit: query.get('unit') ?? '',
  };
}

function FilterSelect({
  label,
  field,
  value,
  options,
}: {
  label: string;
  field: keyof WarningFilterValues;
  value: string;
  options: [string, Bilingual][];
}) {
  const { t, name } = useLanguage();
  return (
    <label className="picker">
      {label}{' '}
      <select value={value} onChange={(event) => setQuery(field, event.target.value)}>
        <option value="">{t('全部', 'All')}</option>
        {options.map(([key, text]) => (
          <option key={key} value={key}>
            {name(text)}
          </option>
        ))}
      </select>
    </label>
  );
}

export function WarningFilters({ values, units }: { values: WarningFilterValues; units: ReportingUnit[] }) {
  const { t } = useLanguage();
  return (
    <div className="warning-filters" role="group" aria-label={t('预警筛选', 'Warning filters')}>
      <FilterSelect
        label={t('级别', 'Severity')}
        field="severity"
        value={values.severity}
        options={Object.entries(SEVERITIES)}
      />
      <FilterSelect
        label={t('状态', 'Status')}
        field="status"
        value={values.status}
        options={Object.entries(STATUSES)}
      />
      <FilterSelect label={t('类型', 'Kind')} field="kind" value={values.kind} options={Object.entries(KINDS)} />
      <FilterSelect
        label={t('县（市、区）', 'Unit')}
        field="unit"
        value={values.unit}
        options={units.map((unit) => [unit.id, unit.name])}
      />
    </div>
  );
}
