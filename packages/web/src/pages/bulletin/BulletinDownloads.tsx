/**
 * Download buttons of the bulletin: the same query as on screen, as xlsx or PDF (the server renders both; the PDF
 * takes a few seconds). A refusal or failure shows the server's message next to the buttons.
 */
import { useState } from 'react';
import { apiDownload, apiPath, type QueryValue } from '../../api/client.ts';
import type { ApiError } from '../../api/api-error.ts';
import { useLanguage } from '../../i18n/language.tsx';

export function BulletinDownloads({ query, fileStem }: { query: Record<string, QueryValue>; fileStem: string }) {
  const { t } = useLanguage();
  const [busy, setBusy] = useState<'xlsx' | 'pdf' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (format: 'xlsx' | 'pdf') => {
    setBusy(format);
    setFailure(null);
    try {
      await apiDownload(apiPath(`/api/reports/bulletin.${format}`, query), `${fileStem}.${format}`);
    } catch (error) {
      setFailure((error as ApiError).message);
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void download('xlsx')} disabled={busy !== null}>
        {busy === 'xlsx' ? t('生成中…', 'Preparing…') : t('下载 xlsx', 'Download xlsx')}
      </button>
      <button type="button" onClick={() => void download('pdf')} disabled={busy !== null}>
        {busy === 'pdf' ? t('生成中…', 'Preparing…') : t('下载 PDF', 'Download PDF')}
      </button>
      {failure && (
        <span className="error-text" role="alert">
          {failure}
        </span>
      )}
    </>
  );
}
