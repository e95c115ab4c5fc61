/**
 * The upload panel of a register list (整治清单 on /rectification, 平台载体名单 on /platforms): a file, the page's own
 * fields (the list's year…), one button. A refused file shows the server's message and every problem in the grid of
 * the general import's validation report (the bad cells in red at their row and column, with the file's values when
 * it is a CSV the browser can read) and nothing was stored; an accepted one shows what was added or changed (the
 * page's `summary`), any warnings, and the page refreshes its list (`onImported`). Shown only to roles that may
 * import (the page decides); a 403 shows the server's message.
 */
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiError } from '../../api/api-error.ts';
import { apiUpload } from '../../api/client.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { buildIssueGrid } from './issue-grid.ts';
import { IssueGridView } from './IssueGridView.tsx';
import { issuesOfProblems } from './problem-issues.ts';
import type { SheetIssue } from './sheet-issue.ts';
import { decodeSheetBytes, isTextSheet, parseSheetText } from './sheet-text.ts';
import './register-list-upload.css';

interface Outcome<T> {
  result: T | null;
  message: string | null;
  issues: SheetIssue[];
  cells: string[][] | null;
}

export interface RegisterListUploadProps<T> {
  title: string;
  /** The import route (multipart `file` plus `fields`). */
  path: string;
  /** What the list holds, shown under the title. */
  hint: string;
  fields?: Record<string, string>;
  /** The page's own inputs (the year…), shown before the file. */
  children?: ReactNode;
  /** What an accepted file added or changed. */
  summary: (result: T) => ReactNode;
  /** The warnings of an accepted file (`{ row, column, message }[]`). */
  warningsOf?: (result: T) => unknown;
  onImported: (result: T) => void;
}

export function RegisterListUpload<T>(props: RegisterListUploadProps<T>) {
  const { t } = useLanguage();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<T> | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const form = new FormData();
    form.set('file', file, file.name);
    for (const [key, value] of Object.entries(props.fields ?? {})) form.set(key, value);
    setBusy(true);
    setOutcome(null);
    const cells = isTextSheet(file.name)
      ? parseSheetText(decodeSheetBytes(new Uint8Array(await file.arrayBuffer())))
      : null;
    try {
      const result = await apiUpload<T>(props.path, form);
      const warnings = props.warningsOf ? issuesOfProblems(props.warningsOf(result), 'warning') : [];
      setOutcome({ result, message: null, issues: warnings, cells });
      props.onImported(result);
    } catch (failure) {
      const details = failure instanceof ApiError ? failure.details : undefined;
      setOutcome({ result: null, message: (failure as Error).message, issues: issuesOfProblems(details), cells });
    } finally {
      setBusy(false);
    }
  };

  const grid = outcome ? buildIssueGrid(outcome.issues, outcome.cells) : null;
  return (
    <section className="card register-list-upload" aria-label={props.title}>
      <h2>{props.title}</h2>
      <p className="muted">{props.hint}</p>
      <form className="upload-row" onSubmit={(event) => void submit(event)}>
        {props.children}
        <label>
          {t('文件', 'File')}{' '}
          <input
            type="file"
            accept=".xlsx,.xls,.csv"
            required
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setOutcome(null);
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={!file || busy}>
          {busy ? t('正在导入…', 'Importing…') : t('上传并导入', 'Upload and import')}
        </button>
      </form>
      {outcome?.result != null && (
        <p role="status" className="ok-text">
          {props.summary(outcome.result)}
        </p>
      )}
      {outcome?.message != null && (
        <div role="alert">
          <p className="error-text">{outcome.message}</p>
          <p className="muted">
            {t(
              '文件有问题，整份未导入，未写入任何数据。',
              'The file has problems: refused as a whole, nothing was stored.',
            )}
          </p>
        </div>
      )}
      {grid && grid.fileIssues.length > 0 && (
        <ul className="file-issues">
          {grid.fileIssues.map((issue, index) => (
            <li key={index} className={issue.severity === 'error' ? 'error-text' : 'warn-text'}>
              {issue.message}
            </li>
          ))}
        </ul>
      )}
      {grid && <IssueGridView grid={grid} />}
      {outcome && outcome.issues.some((issue) => issue.row !== null) && (
        <ol className="problem-list" aria-label={t('问题清单', 'Problems')}>
          {outcome.issues
            .filter((issue) => issue.row !== null)
            .map((issue, index) => (
              <li key={index} className={issue.severity === 'error' ? 'error-text' : 'warn-text'}>
                {t(`第 ${issue.row} 行`, `Row ${issue.row}`)}
                {issue.column !== null && <> · {issue.column}</>}：{issue.message}
              </li>
            ))}
        </ol>
      )}
    </section>
  );
}
