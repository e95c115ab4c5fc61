/**
 * Uploading a 平台载体名单 (CSV, xlsx or xls) on /platforms for roles with register.write, for the chosen system's
 * clusters. A refused list shows every problem by row and column and stores nothing; an accepted one says how many
 * platforms were added, how many status changes were recorded and how many rows changed nothing, with the warnings
 * (a 所属集群 that does not resolve keeps its text).
 */
import { RegisterListUpload } from '../../components/sheet-issues/RegisterListUpload.tsx';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';

interface Imported {
  fileName: string;
  rows: number;
  created: number;
  statusChanges: number;
  unchanged: number;
  warnings: { row: number | null; column: string | null; message: string }[];
}

export function PlatformListUpload({ system, onImported }: { system: string | null; onImported: () => void }) {
  const { t } = useLanguage();
  return (
    <RegisterListUpload<Imported>
      title={t('导入平台载体名单', 'Import a platform list')}
      hint={t(
        '名称、类别、县（市、区）必填；级别、所属集群、认定时间、认定文件、状态、状态日期、备注可选。同一名单再次导入不会重复登记；有任何问题则整份不导入。',
        'Name, kind and unit are required; level, cluster, dates, document, status and note optional. Importing the same list again changes nothing; any problem refuses the whole file.',
      )}
      path="/api/platforms/import"
      fields={system ? { system } : {}}
      summary={(result) =>
        t(
          `${result.fileName}：${count(result.rows)} 行，新增平台 ${count(result.created)} 个，状态变更 ${count(result.statusChanges)} 条，未变化 ${count(result.unchanged)} 行。`,
          `${result.fileName}: ${count(result.rows)} rows, ${count(result.created)} platforms added, ${count(result.statusChanges)} status changes, ${count(result.unchanged)} rows unchanged.`,
        )
      }
      warningsOf={(result) => result.warnings}
      onImported={onImported}
    />
  );
}
