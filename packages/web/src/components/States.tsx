/** Loading, empty and error states: every page shows one of them instead of a blank area. */
import { useLanguage } from '../i18n/language.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useLanguage();
  return (
    <div className="state loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('加载中…', 'Loading…')}
    </div>
  );
}

export function Empty({ message }: { message?: string }) {
  const { t } = useLanguage();
  return (
    <div className="state empty" role="status">
      {message ?? t('暂无数据', 'No data')}
    </div>
  );
}

export function ErrorState({ title, message, onRetry }: { title?: string; message: string; onRetry?: () => void }) {
  const { t } = useLanguage();
  return (
    <div className="state error" role="alert">
      <strong>{title ?? t('出错了', 'Something went wrong')}</strong>
      <p>{message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('重试', 'Retry')}
        </button>
      )}
    </div>
  );
}
