/**
 * Uploading a department file: the file, its source (recognised from the file when left empty), the period (read
 * from the title when left empty), a dry run, and registering unknown enterprises. The answer is the validation
 * report; a CSV file is also read here so the report can show the bad cells' values.
 */
import { useState, type FormEvent } from 'react';
import { apiUpload } from '../../api/client.ts';
import { useApi } from '../../api/use-api.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { ImportResult, SourceProfile } from './import-types.ts';
import { decodeSheetBytes, isTextSheet, parseSheetText } from '../../components/sheet-issues/sheet-text.ts';

export interface Uploaded {
  result: ImportResult;
  fileName: string;
  cells: string[][] | null;
}

export function UploadForm({ onDone }: { onDone: (uploaded: Uploaded) => void }) {
  const { t, name } = useLanguage();
  const sources = useApi<SourceProfile[]>('/api/sources');
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('');
  const [period, setPeriod] = useState('');
  const [dryRun, setDryRun] = useState(false);
  const [createEnterprises, setCreateEnterprises] = useState(false);
  const command = useApiCommand<ImportResult>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const form = new FormData();
    form.set('file', file, file.name);
    if (source) form.set('source', source);
    if (period) form.set('period', period);
    if (dryRun) form.set('dryRun', 'true');
    if (createEnterprises) form.set('createEnterprises', 'true');
    const result = await command.run(() => apiUpload<ImportResult>('/api/imports', form));
    if (!result) return;
    const cells = isTextSheet(file.name)
      ? parseSheetText(decodeSheetBytes(new Uint8Array(await file.arrayBuffer())))
      : null;
    onDone({ result, fileName: file.name, cells });
  };

  return (
    <form className="card upload-form" onSubmit={(event) => void submit(event)}>
      <h2>{t('上传部门数据文件', 'Upload a department file')}</h2>
      <div className="upload-fields">
        <label>
          {t('文件', 'File')}
          <input
            type="file"
            accept=".xlsx,.xls,.csv,.txt,.tsv"
            required
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </label>
        <label>
          {t('数据来源', 'Source')}
          <select value={source} onChange={(event) => setSource(event.target.value)}>
            <option value="">{t('自动识别', 'Recognise from the file')}</option>
            {(sources.data ?? []).map((profile) => (
              <option key={profile.id} value={profile.id}>
                {name(profile.name)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('报告期（可选）', 'Period (optional)')}
          <input
            type="text"
            inputMode="numeric"
            placeholder="YYYY-MM / YYYY"
            pattern="\d{4}(-(0[1-9]|1[0-2]))?"
            value={period}
            onChange={(event) => setPeriod(event.target.value.trim())}
          />
        </label>
      </div>
      <div className="upload-options">
        <label>
          <input type="checkbox" checked={dryRun} onChange={(event) => setDryRun(event.target.checked)} />
          {t('试导入（只校验，不入库）', 'Dry run (check only, store nothing)')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={createEnterprises}
            onChange={(event) => setCreateEnterprises(event.target.checked)}
          />
          {t('登记文件中的新企业', 'Register new enterprises named in the file')}
        </label>
        <button type="submit" className="primary" disabled={!file || command.busy}>
          {command.busy ? t('正在导入…', 'Importing…') : t('上传并校验', 'Upload and check')}
        </button>
      </div>
      {sources.status === 'error' && <p className="error-text">{sources.error.message}</p>}
      {command.error && (
        <p role="alert" className="error-text">
          {command.error}
        </p>
      )}
    </form>
  );
}
