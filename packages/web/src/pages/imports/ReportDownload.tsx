/** The issue report as xlsx (the original sheet with the bad cells filled), fetched with the session. */
import { apiDownload } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';

export function ReportDownload({ batchId }: { batchId: number }) {
  const { t } = useLanguage();
  const command = useApiCommand<void>();
  return (
    <span>
      <button
        type="button"
        disabled={command.busy}
        onClick={() =>
          void command.run(() => apiDownload(`/api/imports/${batchId}/report.xlsx`, `import-${batchId}-issues.xlsx`))
        }
      >
        {t('下载问题报告 xlsx', 'Download the issue report (xlsx)')}
      </button>
      {command.error && (
        <span role="alert" className="error-text">
          {' '}
          {command.error}
        </span>
      )}
    </span>
  );
}
