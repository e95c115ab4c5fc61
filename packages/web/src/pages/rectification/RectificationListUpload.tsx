/**
 * Uploading a county's 整治清单 (CSV or xlsx) on /rectification for roles with register.write: the list's year (the
 * page's year by default) and the day it reports (its trail is dated then; today when left empty). A refused list
 * shows every problem by row and column and stores nothing; an accepted one says how many cases were opened.
 */
import { useState } from 'react';
import { RegisterListUpload } from '../../components/sheet-issues/RegisterListUpload.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';

interface Imported {
  fileName: string;
  year: number;
  cases: number;
}

export function RectificationListUpload({ year, onImported }: { year: number; onImported: () => void }) {
  const { t } = useLanguage();
  const [listYear, setListYear] = useState(String(year));
  const [asOf, setAsOf] = useState('');
  return (
    <RegisterListUpload<Imported>
      title={t('导入整治清单', 'Import a rectification list')}
      hint={t(
        '各县（市、区）上报的高耗低效企业整治清单（CSV 或 xlsx）：统一社会信用代码、企业名称、县（市、区）、整治方式、整治状态、完成期限、腾出用地与用能等。有任何问题则整份不导入。',
        'A county’s list (CSV or xlsx): USCC, name, unit, plan, status, deadline, land and energy freed. Any problem refuses the whole file.',
      )}
      path="/api/rectification/import"
      fields={{ year: listYear, ...(asOf ? { asOf } : {}) }}
      summary={(result) =>
        t(
          `已导入 ${count(result.cases)} 件${result.year}年整治案件（${result.fileName}）。`,
          `Imported ${count(result.cases)} cases of ${result.year} (${result.fileName}).`,
        )
      }
      onImported={onImported}
    >
      <label>
        {t('清单年度', 'Year of the list')}{' '}
        <input
          type="number"
          min={1990}
          max={2100}
          value={listYear}
          onChange={(event) => setListYear(event.target.value)}
          required
        />
      </label>
      <label>
        {t('清单所报日期（可选）', 'Day the list reports (optional)')}{' '}
        <input type="date" value={asOf} onChange={(event) => setAsOf(event.target.value)} />
      </label>
    </RegisterListUpload>
  );
}
