/**
 * Every register's target-measure providers in one list, so the targets service finds a target's measure:
 * platforms (平台载体), signature industry chains, cultivation pools (单项冠军, 小巨人, 隐形冠军, 新增上市) and
 * projects (industrial investment growth). A register that gains a provider adds its list here.
 */
import { chainTargetMeasures } from '../chains/chain-target-measures.ts';
import { platformTargetMeasures } from '../platforms/platform-target-measures.ts';
import { poolTargetMeasures } from '../pools/pool-target-measures.ts';
import { projectTargetMeasures } from '../projects/project-target-measures.ts';
import type { RegisterMeasureProvider } from './register-measure.ts';

export const TARGET_MEASURE_PROVIDERS: readonly RegisterMeasureProvider[] = [
  ...platformTargetMeasures,
  ...chainTargetMeasures,
  ...poolTargetMeasures,
  ...projectTargetMeasures,
];

export function findMeasureProvider(measure: string): RegisterMeasureProvider | undefined {
  return TARGET_MEASURE_PROVIDERS.find((provider) => provider.measure === measure);
}
