/**
 * The stored evaluation schemes, every version, with the shipped-scheme loader for evaluation.scheme. The API
 * lists a scheme's identity only (name, data year, region, file, digest); its indicators, weights and class rules
 * show in each run's enterprise explanations.
 */
import { apiSend } from '../../api/client.ts';
import type { ApiState } from '../../api/use-api.ts';
import { ApiView } from '../../components/ApiView.tsx';
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { useApiCommand } from '../../components/use-api-command.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { useSession } from '../../session/session-context.tsx';
import { dateTime } from './evaluation-labels.tsx';
import type { EvaluationScheme } from './evaluation-types.ts';

interface LoadedScheme {
  id: string;
  version: number;
  status: 'added' | 'unchanged';
}

export function SchemesTable({ state }: { state: ApiState<EvaluationScheme[]> & { reload: () => void } }) {
  const { t, name } = useLanguage();
  const { can } = useSession();
  const load = useApiCommand<LoadedScheme[]>();
  const columns: Column<EvaluationScheme>[] = [
    { key: 'id', header: t('方案', 'Scheme'), value: (scheme) => scheme.id },
    { key: 'version', header: t('版本', 'Version'), value: (scheme) => scheme.version, align: 'right' },
    { key: 'name', header: t('名称', 'Name'), value: (scheme) => name(scheme.name) },
    { key: 'year', header: t('数据年度', 'Data year'), value: (scheme) => scheme.year, align: 'right' },
    { key: 'region', header: t('地区代码', 'Region'), value: (scheme) => scheme.region },
    { key: 'file', header: t('文件', 'File'), value: (scheme) => scheme.file },
    { key: 'digest', header: t('摘要', 'Digest'), value: (scheme) => scheme.digest.slice(0, 12) },
    { key: 'loadedAt', header: t('载入时间', 'Loaded'), value: (scheme) => dateTime(scheme.loadedAt) },
  ];
  const loadShipped = async () => {
    const loaded = await load.run(() => apiSend<LoadedScheme[]>('POST', '/api/evaluation/schemes/load', {}));
    if (loaded) state.reload();
  };
  const toolbar = can('evaluation.scheme') ? (
    <button type="button" disabled={load.busy} onClick={() => void loadShipped()}>
      {t('载入随产品提供的方案', 'Load the shipped schemes')}
    </button>
  ) : undefined;
  return (
    <>
      {load.error && (
        <p role="alert" className="error-text">
          {load.error}
        </p>
      )}
      {load.result && (
        <p role="status" className="ok-text">
          {t(
            `已载入：新增 ${load.result.filter((scheme) => scheme.status === 'added').length} 个，未变 ${load.result.filter((scheme) => scheme.status === 'unchanged').length} 个`,
            `Loaded: ${load.result.filter((scheme) => scheme.status === 'added').length} added, ${load.result.filter((scheme) => scheme.status === 'unchanged').length} unchanged`,
          )}
        </p>
      )}
      <ApiView state={state}>
        {(schemes) => (
          <DataTable
            rows={schemes}
            columns={columns}
            rowKey={(scheme) => `${scheme.id}@${scheme.version}`}
            caption={t('评价方案', 'Evaluation schemes')}
            exportName="evaluation-schemes"
            toolbar={toolbar}
          />
        )}
      </ApiView>
      <p className="muted">
        {t(
          '方案的指标、权重、基准值与分档规则见各批次的企业评价说明；方案文件格式见 docs/evaluation-schemes.md。',
          'A scheme’s indicators, weights, baselines and class rules show in each run’s enterprise explanations; the file format is in docs/evaluation-schemes.md.',
        )}
      </p>
    </>
  );
}
