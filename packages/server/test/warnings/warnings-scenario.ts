/**
 * Warning rules for the statistics scenario (test/statistics/statistics-scenario.ts, 三大, 2024-03): fine
 * chemicals (F alone) falls 10 % while the city grows 785/750 − 1 = 4.67 %, textiles grow 438/380 − 1; per
 * unit, 南湖 +10 %, 桐乡 +20 %, 嘉善 +10 %, 港区 −10 %. Written to a temporary directory as the bureau would.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const rulesYaml = `
rules:
  - id: sanda-growth-low
    name: { zh: 三大集群增速偏低, en: Sanda cluster growth low }
    kind: growth_below
    subject: cluster
    scope: { system: sanda, measure: industrial_output }
    severity: { red: -20, orange: -5, yellow: 0 }
    owner: city:经信局产业处
  - id: sanda-below-city
    name: { zh: 三大集群增速低于全市, en: Sanda cluster below the city }
    kind: below_city
    subject: cluster
    scope: { system: sanda }
    severity: { red: 30, yellow: 5 }
    owner: city:经信局产业处
  - id: sanda-leader-drop
    name: { zh: 龙头企业产值下滑, en: leader output falling }
    kind: leader_output_drop
    subject: enterprise
    scope: { system: sanda }
    parameters: { top: 1 }
    severity: { red: 20, orange: 10, yellow: 5 }
    owner: unit-of-subject
  - id: unit-growth-low
    name: { zh: 县（市、区）增速偏低, en: county growth low }
    kind: growth_below
    subject: unit
    severity: { orange: 0 }
    owner: unit-of-subject
  - id: unit-more-d
    name: { zh: D类企业增加, en: more class-D firms }
    kind: more_d_class
    subject: unit
    severity: { yellow: 1 }
    owner: unit-of-subject
  - id: projects-late
    name: { zh: 项目逾期, en: projects late }
    kind: project_overdue
    subject: enterprise
    severity: { yellow: 0 }
    owner: unit-of-subject
  - id: switched-off
    name: { zh: 停用的规则, en: a disabled rule }
    kind: growth_below
    subject: unit
    severity: { yellow: 100 }
    owner: city:经信局产业处
    enabled: false
`;

export function writeRulesDir(yaml = rulesYaml): string {
  const dir = mkdtempSync(join(tmpdir(), 'observatory-warning-rules-'));
  writeFileSync(join(dir, 'rules.yaml'), yaml);
  return dir;
}
