/** The registry as callers see it (API responses, CLI output): camelCase, bilingual names, labels of codes. */
import type { BilingualName } from '@observatory/core';

export interface TargetView {
  id: string;
  systemId: string;
  clusterId: string | null;
  name: BilingualName;
  measure: string;
  value: number;
  unit: string;
  /** The value in canonical units (元, 亩, ratio, count ...), null when the unit is not in the catalogue. */
  canonical: { value: number; unit: string } | null;
  deadline: string;
  baseline: { value: number; year: number | null } | null;
  owner: string | null;
  source: string | null;
}

export interface ZoneView {
  region: string;
  regionName: BilingualName;
  role: string;
  roleName: BilingualName;
  note: string | null;
}

export interface DesignationView {
  level: string;
  levelName: BilingualName;
  batch: number | null;
  year: number | null;
  status: string;
  statusName: BilingualName;
  statusHistory: { status: string; date: string | null; note: string | null }[];
  source: string | null;
  note: string | null;
  zones: ZoneView[];
}

export interface CatalogueEntryView {
  code: string;
  industryName: string | null;
  coverage: string;
  validFrom: number | null;
  validTo: number | null;
  note: string | null;
}

export interface ClusterView {
  id: string;
  systemId: string;
  parentId: string | null;
  name: BilingualName;
  tier: string | null;
  description: string | null;
  designations: DesignationView[];
  catalogue: CatalogueEntryView[];
  targets: TargetView[];
}

export interface ClusterSystemView {
  id: string;
  name: BilingualName;
  owner: string;
  region: string;
  additive: boolean;
  illustrative: boolean;
  source: string | null;
  description: string | null;
  facts: Record<string, string | number>;
  clusterCount: number;
}

export interface ClusterSystemDetailView extends ClusterSystemView {
  clusters: ClusterView[];
  /** Targets of the system as a whole (the city-wide targets of its policy). */
  targets: TargetView[];
}
