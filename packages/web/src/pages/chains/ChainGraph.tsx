/** The chain as a graph (three columns, coloured by strength, arrows downstream) with its legend. */
import { useMemo } from 'react';
import { EChart } from '../../charts/EChart.tsx';
import { chainGraphOption, type LinkStrength } from '../../charts/options/chain-graph.ts';
import { money } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { STRENGTH_NAMES } from './chain-labels.ts';
import type { ChainView } from './chain-types.ts';

const LEGEND: readonly LinkStrength[] = ['strong', 'weak', 'missing'];

export function ChainGraph({ chain, onOpenLink }: { chain: ChainView; onOpenLink: (linkId: string) => void }) {
  const { t, name, language } = useLanguage();
  const option = useMemo(() => chainGraphOption(chain.links, chain.edges, language), [chain, language]);
  const tallest = Math.max(
    ...(['upstream', 'midstream', 'downstream'] as const).map(
      (stage) => chain.links.filter((link) => link.stage === stage).length,
    ),
  );
  return (
    <section className="card" aria-label={t('产业链图谱', 'Chain map')}>
      <h2>{t('产业链图谱', 'Chain map')}</h2>
      <div className="chain-legend">
        {LEGEND.map((strength) => (
          <span key={strength} className={`strength ${strength}`}>
            {name(STRENGTH_NAMES[strength])}
          </span>
        ))}
        <span className="muted">
          {t(
            `强：至少 ${chain.thresholds.strongMinFirms} 家企业且产值不低于 ${money(chain.thresholds.strongMinOutputYuan)}；弱：有企业但未达标准；缺：本地无企业`,
            `Strong: at least ${chain.thresholds.strongMinFirms} firms and output of ${money(chain.thresholds.strongMinOutputYuan, 'en')}; weak: firms below that; missing: no local firm`,
          )}
        </span>
      </div>
      <EChart
        option={option}
        height={Math.max(240, tallest * 80 + 60)}
        ariaLabel={t(`${name(chain.name)}图谱`, `Map of ${name(chain.name)}`)}
        onClick={(click) => {
          const id = (click.data as { id?: string } | null)?.id;
          if (id && !id.startsWith('stage-')) onOpenLink(id);
        }}
      />
    </section>
  );
}
