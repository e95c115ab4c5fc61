/** A chain's links counted by strength as three coloured pills: 强 n · 弱 n · 缺 n. */
import type { LinkStrength } from '../../charts/options/chain-graph.ts';
import { count } from '../../format/display.ts';
import { useLanguage } from '../../i18n/language.tsx';
import { STRENGTH_NAMES } from './chain-labels.ts';
import type { StrengthCounts as Counts } from './chain-types.ts';

const ORDER: readonly LinkStrength[] = ['strong', 'weak', 'missing'];

export function StrengthCounts({ counts }: { counts: Counts }) {
  const { name } = useLanguage();
  return (
    <div className="chain-counts">
      {ORDER.map((strength) => (
        <span key={strength} className={`strength ${strength}`}>
          {name(STRENGTH_NAMES[strength])} {count(counts[strength])}
        </span>
      ))}
    </div>
  );
}
