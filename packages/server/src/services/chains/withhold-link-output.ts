/**
 * Disclosure control of a link's output (docs/disclosure-control.md): a link's summed output is a cell of firm
 * values, so for an audience that is not entitled to every firm (a county's staff) the primary rules (fewer than
 * 3 contributors, p %, dominance) decide whether it is withheld; the firms of the audience's own unit count as
 * known. Firm counts and strengths are not withheld. City-wide analysts (the full audience) see every figure.
 */
import { primaryReasons, summariseCell, type DisclosureRules } from '@observatory/core';
import type { Audience } from '../disclosure/protect-cluster-table.ts';
import type { PlacedFirm } from './assess-stored-chain.ts';

/** The link ids whose output the audience may not see. */
export function withheldLinkOutputs(
  placed: ReadonlyMap<string, readonly PlacedFirm[]>,
  audience: Audience,
  rules: DisclosureRules,
): Set<string> {
  const withheld = new Set<string>();
  if (audience.kind === 'full') return withheld;
  for (const [linkId, firms] of placed) {
    if (firms.length === 0 || firms.some((firm) => firm.outputYuan === null)) continue;
    const known = new Set(
      audience.kind === 'unit'
        ? firms.filter((firm) => firm.reportingUnitId === audience.reportingUnitId).map((firm) => firm.uscc)
        : [],
    );
    const statistics = summariseCell(
      firms.map((firm) => ({ contributorId: firm.uscc, value: firm.outputYuan! })),
      { known },
    );
    if (primaryReasons(statistics, rules).length > 0) withheld.add(linkId);
  }
  return withheld;
}
