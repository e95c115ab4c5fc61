/** A stored platform as the API and the CLI show it: names in both languages, its status now and its dated trail. */
import {
  PLATFORM_KIND_INFO,
  platformStatusOn,
  type BilingualName,
  type PlatformKind,
  type PlatformLevel,
  type PlatformStatus,
} from '@observatory/core';
import type { Selectable } from 'kysely';
import type { PlatformStatusChangeTable, PlatformTable } from '../../db/schema.ts';

type PlatformRow = Selectable<PlatformTable>;
type ChangeRow = Selectable<PlatformStatusChangeTable>;

export interface PresentedPlatform {
  id: number;
  name: string;
  kind: PlatformKind;
  kindName: BilingualName;
  level: PlatformLevel;
  reportingUnitId: string;
  systemId: string | null;
  clusterId: string | null;
  clusterText: string | null;
  recognisedDate: string | null;
  document: string | null;
  /** The status today (the latest change dated at or before today), null if none yet. */
  status: PlatformStatus | null;
  statusDate: string | null;
  history: { status: PlatformStatus; date: string; document: string | null; note: string | null; recordedBy: string }[];
  note: string | null;
  createdBy: string;
}

export function presentPlatform(row: PlatformRow, changes: readonly ChangeRow[], today: string): PresentedPlatform {
  const history = changes
    .filter((change) => change.platform_id === row.id)
    .map((change) => ({
      status: change.status,
      date: change.date,
      document: change.document,
      note: change.note,
      recordedBy: change.recorded_by,
    }));
  const status = platformStatusOn(history, today);
  const statusDate = status === null ? null : (history.filter((change) => change.date <= today).at(-1)?.date ?? null);
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    kindName: PLATFORM_KIND_INFO[row.kind].name,
    level: row.level,
    reportingUnitId: row.reporting_unit_id,
    systemId: row.system_id,
    clusterId: row.cluster_id,
    clusterText: row.cluster_text,
    recognisedDate: row.recognised_date,
    document: row.document,
    status,
    statusDate,
    history,
    note: row.note,
    createdBy: row.created_by,
  };
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
