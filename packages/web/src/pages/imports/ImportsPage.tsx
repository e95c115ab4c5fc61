/**
 * 数据导入 (/imports): upload a department file and read its validation report, then the import history. People
 * without import.run see the history only.
 */
import { useState } from 'react';
import { useApi } from '../../api/use-api.ts';
import type { PageProps } from '../../app/routes.ts';
import { PageHeader } from '../../components/PageHeader.tsx';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { ImportReport } from './ImportReport.tsx';
import type { SourceProfile } from './import-types.ts';
import { UploadForm, type Uploaded } from './UploadForm.tsx';
import './imports.css';

export default function ImportsPage(_props: PageProps) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const sources = useApi<SourceProfile[]>('/api/sources');
  const [uploaded, setUploaded] = useState<Uploaded | null>(null);
  const [generation, setGeneration] = useState(0);
  const profiles = sources.data ?? [];
  const sourceName = (id: string | null) => {
    const profile = profiles.find((candidate) => candidate.id === id);
    return profile ? name(profile.name) : undefined;
  };
  return (
    <div className="page imports-page">
      <PageHeader
        title={t('数据导入', 'Imports')}
        subtitle={t(
          '部门数据文件逐行校验：有错误的文件整批拒收，不写入任何数据。',
          'Department files are checked row by row: a file with errors is refused as a whole and stores nothing.',
        )}
      />
      {can('import.run') && (
        <UploadForm
          onDone={(next) => {
            setUploaded(next);
            setGeneration((value) => value + 1);
          }}
        />
      )}
      {uploaded && (
        <ImportReport
          report={{
            ...uploaded.result,
            fileName: uploaded.fileName,
            ...(sourceName(uploaded.result.source) ? { sourceName: sourceName(uploaded.result.source)! } : {}),
          }}
          cells={uploaded.cells}
          linkToBatch
        />
      )}
      <ImportHistory key={generation} sources={profiles} />
    </div>
  );
}
