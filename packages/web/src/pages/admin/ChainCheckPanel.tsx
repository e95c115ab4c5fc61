/** Checking the audit log's hash chain (GET /api/audit/verify): intact with its entry count, or where it breaks. */
import { apiGet } from '../../api/client.ts';
import { useApiCommand } from '../../components/use-api-command.ts';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { CHAIN_PROBLEMS, label } from './admin-labels.ts';
import type { ChainCheck } from './admin-types.ts';

export function ChainCheckPanel() {
  const { t, name } = useLanguage();
  const command = useApiCommand<ChainCheck>();
  const check = command.result;
  return (
    <div className="chain-check">
      <button
        type="button"
        disabled={command.busy}
        onClick={() => void command.run(() => apiGet<ChainCheck>('/api/audit/verify'))}
      >
        {command.busy ? t('正在校验…', 'Checking…') : t('校验哈希链', 'Verify the hash chain')}
      </button>
      {check?.intact === true && (
        <span role="status" className="ok-text">
          {t(
            `哈希链完整：共 ${count(check.entries)} 条，末条哈希 ${check.lastHash.slice(0, 12)}…`,
            `Chain intact: ${count(check.entries)} entries, last hash ${check.lastHash.slice(0, 12)}…`,
          )}
        </span>
      )}
      {check?.intact === false && (
        <span role="status" className="error-text">
          {t(
            `哈希链损坏：第 ${check.firstBadSequence} 条起，${name(label(CHAIN_PROBLEMS, check.problem))}`,
            `Chain broken from entry ${check.firstBadSequence}: ${name(label(CHAIN_PROBLEMS, check.problem))}`,
          )}
        </span>
      )}
      {command.error && (
        <span role="alert" className="error-text">
          {command.error}
        </span>
      )}
    </div>
  );
}
