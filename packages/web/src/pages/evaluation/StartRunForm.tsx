/** Starting a run (evaluation.run): a scheme and version; the new draft opens when the server has computed it. */
import { useState, type FormEvent } from 'react';
import { apiSend } from '../../api/client.ts';
import { navigate } from '../../app/router.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { EvaluationScheme } from './evaluation-types.ts';

interface StartedRun {
  runId: number;
  enterprises: number;
  issues: string[];
}

export function StartRunForm({ schemes }: { schemes: readonly EvaluationScheme[] }) {
  const { t, name } = useLanguage();
  const ids = [...new Set(schemes.map((scheme) => scheme.id))];
  const [scheme, setScheme] = useState('');
  const [version, setVersion] = useState('');
  const command = useApiCommand<StartedRun>();
  const versions = schemes.filter((candidate) => candidate.id === scheme).map((candidate) => candidate.version);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const started = await command.run(() =>
      apiSend<StartedRun>('POST', '/api/evaluation/runs', {
        scheme,
        ...(version ? { version: Number(version) } : {}),
      }),
    );
    if (started) navigate(`/evaluation/runs/${started.runId}`);
  };

  return (
    <form className="inline card" onSubmit={(event) => void submit(event)} aria-label={t('开始评价', 'Start a run')}>
      <strong>{t('开始一次评价', 'Start a run')}</strong>
      <label>
        {t('评价方案', 'Scheme')}{' '}
        <select
          value={scheme}
          onChange={(event) => {
            setScheme(event.target.value);
            setVersion('');
          }}
          required
        >
          <option value="">{t('请选择…', 'Choose…')}</option>
          {ids.map((id) => {
            const latest = schemes.filter((candidate) => candidate.id === id).at(-1)!;
            return (
              <option key={id} value={id}>
                {`${name(latest.name)}（${latest.year}）`}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t('版本', 'Version')}{' '}
        <select value={version} onChange={(event) => setVersion(event.target.value)} disabled={!scheme}>
          <option value="">{t('最新', 'Latest')}</option>
          {versions.map((value) => (
            <option key={value} value={value}>
              v{value}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={!scheme || command.busy}>
        {command.busy ? t('计算中…', 'Computing…') : t('开始评价', 'Start')}
      </button>
      {command.error && (
        <span role="alert" className="error-text">
          {command.error}
        </span>
      )}
      {command.result && (
        <span role="status" className="ok-text">
          {t(
            `已生成草稿：${count(command.result.enterprises)} 家企业`,
            `Draft ready: ${count(command.result.enterprises)} enterprises`,
          )}
        </span>
      )}
    </form>
  );
}
