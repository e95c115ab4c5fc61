/**
 * The bulletin's warnings of the month, from its own figures until configurable warning rules exist:
 * a cluster whose output fell (red below −5 %, orange below 0) or grew at least 5 percentage points slower
 * than the city's 规上 industry (yellow). Withheld clusters raise no warning (it would hint at their figures).
 */
import type { BulletinMeasureRow, BulletinSystemSection, BulletinWarning } from '@observatory/core';

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

export function bulletinWarnings(
  systems: readonly BulletinSystemSection[],
  cityOutput: BulletinMeasureRow,
): BulletinWarning[] {
  const cityGrowth = cityOutput.growth.value;
  const warnings: BulletinWarning[] = [];
  const seen = new Set<string>();
  for (const system of systems) {
    for (const row of system.rows) {
      const growth = row.growth.value;
      if (row.depth > 0 || growth === null || row.value.value === null || seen.has(row.name.zh)) continue;
      const subject = { zh: `${row.name.zh}（${system.name.zh}）`, en: `${row.name.en} (${system.name.en})` };
      if (growth < 0) {
        seen.add(row.name.zh);
        warnings.push({
          severity: growth < -0.05 ? 'red' : 'orange',
          subject,
          message: {
            zh: `规上工业总产值同比下降${percent(-growth)}`,
            en: `output down ${percent(-growth)} year on year`,
          },
        });
      } else if (cityGrowth !== null && cityGrowth - growth >= 0.05) {
        seen.add(row.name.zh);
        warnings.push({
          severity: 'yellow',
          subject,
          message: {
            zh: `增速${percent(growth)}，低于全市${((cityGrowth - growth) * 100).toFixed(1)}个百分点`,
            en: `growth ${percent(growth)}, ${((cityGrowth - growth) * 100).toFixed(1)} points below the city`,
          },
        });
      }
    }
  }
  const order = { red: 0, orange: 1, yellow: 2 } as const;
  return warnings.sort((a, b) => order[a.severity] - order[b.severity]);
}
