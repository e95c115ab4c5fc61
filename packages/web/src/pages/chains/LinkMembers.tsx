/**
 * The member firms of one link, shown only when the API sent them (callers who may read enterprises, within their
 * scope): name, USCC, unit, industry code, 规上, output, and whether the bureau placed the firm by hand.
 */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { STAGE_NAMES } from './chain-labels.ts';
import type { ChainLinkView, LinkMember } from './chain-types.ts';

export function LinkMembers({
  link,
  unitName,
  onDismiss,
}: {
  link: ChainLinkView;
  unitName: (id: string) => string;
  onDismiss: () => void;
}) {
  const { t, name, language } = useLanguage();
  const columns: Column<LinkMember>[] = [
    { key: 'name', header: t('企业', 'Enterprise'), value: (m) => m.name ?? m.uscc },
    { key: 'uscc', header: t('统一社会信用代码', 'USCC'), value: (m) => m.uscc },
    { key: 'unit', header: t('报送单位', 'Unit'), value: (m) => unitName(m.reportingUnitId) },
    { key: 'industry', header: t('行业代码', 'Industry'), value: (m) => m.industryCode },
    {
      key: 'scale',
      header: t('规上', 'Above scale'),
      value: (m) => (m.aboveScale === null ? null : m.aboveScale ? t('是', 'yes') : t('否', 'no')),
    },
    {
      key: 'output',
      header: t('产值', 'Output'),
      value: (m) => m.outputYuan,
      render: (m) => money(m.outputYuan, language),
      align: 'right',
    },
    {
      key: 'byHand',
      header: t('归属方式', 'Placed'),
      value: (m) => (m.byHand ? t('人工', 'by hand') : t('行业代码', 'by code')),
    },
  ];
  return (
    <section className="card" aria-label={t(`${name(link.name)}企业`, `Firms of ${name(link.name)}`)}>
      <h2>
        {name(link.name)} · {name(STAGE_NAMES[link.stage])}{' '}
        <button type="button" className="link" onClick={onDismiss}>
          {t('收起', 'Close')}
        </button>
      </h2>
      {link.members === null ? (
        <div className="state empty" role="status">
          {t('您的角色不能查看企业名单', 'Your role may not see the firms')}
        </div>
      ) : (
        <DataTable
          rows={link.members}
          columns={columns}
          rowKey={(m) => m.uscc}
          caption={t('环节企业', 'Firms on the link')}
          exportName={`chain-link-${link.id}`}
        />
      )}
    </section>
  );
}
