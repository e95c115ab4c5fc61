/** The enterprise's own record: name, USCC, reporting unit, its years (规上, in production, industry) and land. */
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import type { OwnEnterprise } from './self-service-types.ts';

export function OwnProfile({ enterprise, unitName }: { enterprise: OwnEnterprise; unitName: string }) {
  const { t } = useLanguage();
  const latest = [...enterprise.years].sort((a, b) => b.year - a.year)[0];
  const yesNo = (value: boolean | null | undefined) => (value == null ? '—' : value ? t('是', 'Yes') : t('否', 'No'));
  return (
    <section className="card own-profile" aria-label={t('企业信息', 'Enterprise')}>
      <h2>{enterprise.name ?? enterprise.uscc}</h2>
      <dl className="facts">
        <dt>{t('统一社会信用代码', 'USCC')}</dt>
        <dd>{enterprise.uscc}</dd>
        <dt>{t('所属县（市、区）', 'Reporting unit')}</dt>
        <dd>{unitName}</dd>
        {latest && (
          <>
            <dt>{t(`${latest.year}年 行业代码`, `Industry (${latest.year})`)}</dt>
            <dd>{latest.industryCode ?? '—'}</dd>
            <dt>{t('规模以上', 'Above scale')}</dt>
            <dd>{yesNo(latest.aboveScale)}</dd>
            <dt>{t('在产', 'In production')}</dt>
            <dd>{yesNo(latest.inProduction)}</dd>
          </>
        )}
        <dt>{t(`${enterprise.land.year}年 用地（亩）`, `Land in ${enterprise.land.year} (mu)`)}</dt>
        <dd>{count(enterprise.land.netMu)}</dd>
        {enterprise.nameHistory.length > 1 && (
          <>
            <dt>{t('曾用名', 'Former names')}</dt>
            <dd>
              {enterprise.nameHistory
                .filter((entry) => entry.name !== enterprise.name)
                .map((entry) => `${entry.name}（${entry.validFrom}）`)
                .join('、')}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
