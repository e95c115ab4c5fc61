/**
 * The gaps of a chain: every weak or missing link with its stage, strength, firms, output and the action it calls
 * for (建链 / 补链 / 强链 / 延链), sortable and exportable.
 */
import { DataTable, type Column } from '../../components/DataTable.tsx';
import { cell, count, money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { ACTION_NAMES, STAGE_NAMES, STRENGTH_NAMES } from './chain-labels.ts';
import type { ChainLinkView, ChainView } from './chain-types.ts';

export function GapTable({ chain }: { chain: ChainView }) {
  const { t, name, language } = useLanguage();
  const gaps = chain.links.filter((link) => link.action !== null);
  const columns: Column<ChainLinkView>[] = [
    { key: 'link', header: t('环节', 'Link'), value: (link) => name(link.name) },
    { key: 'stage', header: t('位置', 'Stage'), value: (link) => name(STAGE_NAMES[link.stage]) },
    {
      key: 'strength',
      header: t('强弱', 'Strength'),
      value: (link) => name(STRENGTH_NAMES[link.strength]),
      render: (link) => <span className={`strength ${link.strength}`}>{name(STRENGTH_NAMES[link.strength])}</span>,
    },
    {
      key: 'firms',
      header: t('企业数', 'Firms'),
      value: (link) => link.firms,
      render: (l) => count(l.firms),
      align: 'right',
    },
    {
      key: 'output',
      header: t('产值', 'Output'),
      value: (link) => (link.outputWithheld || link.firms === 0 ? null : link.outputYuan),
      render: (link) =>
        cell(link.firms === 0 ? null : link.outputYuan, link.outputWithheld, (value) => money(value, language)),
      align: 'right',
    },
    {
      key: 'action',
      header: t('补链方向', 'Action'),
      value: (link) => (link.action ? name(ACTION_NAMES[link.action]) : null),
      render: (link) => (link.action ? <strong>{name(ACTION_NAMES[link.action])}</strong> : null),
    },
    { key: 'industries', header: t('行业代码', 'Industry codes'), value: (link) => link.industries.join(' ') },
  ];
  return (
    <section className="card" aria-label={t('短板环节', 'Gaps')}>
      <h2>{t('短板环节与补链方向', 'Gaps and actions')}</h2>
      {gaps.length === 0 ? (
        <div className="state empty" role="status">
          {t('各环节均为强环节', 'Every link is strong')}
        </div>
      ) : (
        <DataTable
          rows={gaps}
          columns={columns}
          rowKey={(link) => link.id}
          caption={t('短板环节', 'Gaps')}
          exportName={`${chain.id}-gaps-${chain.year}`}
          filterable={false}
        />
      )}
    </section>
  );
}
