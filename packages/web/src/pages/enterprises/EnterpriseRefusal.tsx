/** The refusal a county user sees for another county's enterprise: a clear sentence and the server's message, no data. */
import { Link } from '../../app/router.tsx';
import { useLanguage } from '../../i18n/language.tsx';

export function EnterpriseRefusal({ message }: { message: string }) {
  const { t } = useLanguage();
  return (
    <div className="card refusal" role="alert">
      <h1>{t('无权查看该企业', 'You may not view this enterprise')}</h1>
      <p>
        {t(
          '无权查看其他县（市、区）的企业：该企业不在您账号的数据范围内。如确需查看，请联系市经信局。',
          'You may not view enterprises of another county, city or district: this enterprise is outside your account’s scope. Ask the city bureau if you need it.',
        )}
      </p>
      <p className="muted">
        {t('服务器答复', 'The server says')}：{message}
      </p>
      <p>
        <Link to="/enterprises">{t('返回本县（市、区）企业名录', 'Back to your enterprises')}</Link>
      </p>
    </div>
  );
}
