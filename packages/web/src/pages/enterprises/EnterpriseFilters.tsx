/**
 * The enterprise list's filters, kept in the address (?unit=…&above=…&industry=…&q=…): reporting unit (city-wide
 * readers; a county's list is its own unit anyway), 规上, industry code prefix and name or USCC.
 */
import { useEffect, useState } from 'react';
import { setQuery } from '../../app/router.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useReportingUnits } from '../evaluation/use-unit-names.ts';

export interface EnterpriseFilterValues {
  unit: string;
  above: string;
  industry: string;
  q: string;
}

export function EnterpriseFilters({ values, unitChoice }: { values: EnterpriseFilterValues; unitChoice: boolean }) {
  const { t, name } = useLanguage();
  const units = useReportingUnits();
  const [q, setQ] = useState(values.q);
  const [industry, setIndustry] = useState(values.industry);
  useEffect(() => setQ(values.q), [values.q]);
  useEffect(() => setIndustry(values.industry), [values.industry]);
  return (
    <form
      className="filters card"
      role="search"
      aria-label={t('筛选企业', 'Filter enterprises')}
      onSubmit={(event) => {
        event.preventDefault();
        setQuery('q', q.trim());
        setQuery('industry', /^\d{2,4}$/.test(industry) ? industry : null);
      }}
    >
      {unitChoice && (
        <label>
          {t('县（市、区）', 'Unit')}{' '}
          <select value={values.unit} onChange={(event) => setQuery('unit', event.target.value)}>
            <option value="">{t('全市', 'Whole city')}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {name(unit.name)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {t('规模', 'Scale')}{' '}
        <select value={values.above} onChange={(event) => setQuery('above', event.target.value)}>
          <option value="">{t('全部', 'All')}</option>
          <option value="true">{t('规上', 'Above scale')}</option>
          <option value="false">{t('规下', 'Below scale')}</option>
        </select>
      </label>
      <label>
        {t('行业代码', 'Industry code')}{' '}
        <input
          className="narrow-input"
          inputMode="numeric"
          placeholder={t('如 26', 'e.g. 26')}
          value={industry}
          onChange={(event) => setIndustry(event.target.value.replace(/\D/g, '').slice(0, 4))}
        />
      </label>
      <label>
        {t('企业名称或信用代码', 'Name or USCC')}{' '}
        <input type="search" value={q} onChange={(event) => setQ(event.target.value)} />
      </label>
      <button type="submit">{t('查询', 'Search')}</button>
    </form>
  );
}
