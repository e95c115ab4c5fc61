/**
 * The scenario's test scheme (evaluation-scenario.ts) with two rules on evidence facts in its group: a bonus of 20
 * for high_tech_enterprise and a veto (forced D) for major_safety_accident, written to a temporary folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schemeId, schemeYaml } from './evaluation-scenario.ts';

const RULES = `    rules:
      - { id: high-tech, name: { zh: 高新技术企业, en: high-tech enterprise }, kind: bonus, when: { fact: high_tech_enterprise }, points: 20 }
      - { id: accident, name: { zh: 重大安全事故, en: major safety accident }, kind: veto, when: { fact: major_safety_accident }, forceClass: D }
`;

export function schemeWithFactRules(): string {
  const base = schemeYaml();
  const anchor = '        missing: { policy: zero }\n';
  if (!base.includes(anchor)) throw new Error('the scenario scheme changed: no place for the rules');
  return base.replace(anchor, `${anchor}${RULES}`);
}

/** A folder holding the scheme with fact rules. */
export function writeFactSchemeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'observatory-facts-'));
  writeFileSync(join(dir, `${schemeId}.yaml`), schemeWithFactRules());
  return dir;
}
