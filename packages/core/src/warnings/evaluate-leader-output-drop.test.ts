import { describe, expect, it } from 'vitest';
import { evaluateLeaderOutputDrop, type LeaderFirm } from './evaluate-leader-output-drop.ts';
import { ruleOf, subject } from './warnings.test-kit.ts';

const firm = (id: string, value: number | null, base: number | null): LeaderFirm => ({
  subject: subject(id, 'enterprise'),
  value,
  base,
});
const cluster = (firms: LeaderFirm[]) => ({
  clusters: [{ clusterId: 'c', name: { zh: '集群', en: 'cluster' }, firms }],
});

describe('leader_output_drop', () => {
  const rule = ruleOf('leader_output_drop', { severity: { red: 20, orange: 10, yellow: 5 }, parameters: { top: 2 } });
  it.each([
    [100, 100, null],
    [95.0001, 100, null],
    [95, 100, 'yellow'], // exactly 5 % down: at least 5
    [90, 100, 'orange'],
    [80, 100, 'red'],
  ])('output %d against base %d → %s', (value, base, severity) => {
    const outcome = evaluateLeaderOutputDrop(rule, cluster([firm('A', value, base)]));
    expect(outcome.findings.map((f) => f.severity)).toEqual(severity === null ? [] : [severity]);
  });

  it('watches only the top N firms by output', () => {
    const outcome = evaluateLeaderOutputDrop(
      rule,
      cluster([firm('A', 500, 1000), firm('B', 600, 600), firm('C', 10, 100), firm('D', 700, 700)]),
    );
    // leaders are D (700) and B (600); A (500, −50 %) and C are not leaders
    expect(outcome.findings).toEqual([]);
  });

  it('watches the USCCs the rule lists, and reports a listed firm without a report as missing', () => {
    const listed = ruleOf('leader_output_drop', {
      severity: { yellow: 5 },
      parameters: { usccs: ['91330400MA2T000C0A', '91330400MA2T000X0X'] },
    });
    const outcome = evaluateLeaderOutputDrop(
      listed,
      cluster([firm('91330400MA2T000C0A', 10, 100), firm('Z', 1, 1000)]),
    );
    expect(outcome.findings.map((f) => f.subject.id)).toEqual(['91330400MA2T000C0A']);
    expect(outcome.skipped.map((s) => s.subject.id)).toEqual(['91330400MA2T000X0X']);
  });

  it('skips a leader without a base', () => {
    const outcome = evaluateLeaderOutputDrop(rule, cluster([firm('A', 100, null), firm('B', 50, 0)]));
    expect(outcome.findings).toEqual([]);
    expect(outcome.skipped).toHaveLength(2);
  });
});
