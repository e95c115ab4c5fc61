/** The cluster registry as GET /api/registry and /api/registry/clusters/{id} answer it (registry.schema.ts). */
import type { Bilingual } from '../../i18n/language.tsx';

export interface RegistryZone {
  region: string;
  regionName: Bilingual;
  role: string;
  roleName: Bilingual;
  note: string | null;
}

export interface RegistryDesignation {
  level: string;
  levelName: Bilingual;
  batch: number | null;
  year: number | null;
  status: string;
  statusName: Bilingual;
  statusHistory: { status: string; date: string | null; note: string | null }[];
  source: string | null;
  note: string | null;
  zones: RegistryZone[];
}

export interface RegistryCatalogueEntry {
  code: string;
  industryName: string | null;
  coverage: string;
  validFrom: number | null;
  validTo: number | null;
  note: string | null;
}

export interface RegistryTarget {
  id: string;
  name: Bilingual;
  measure: string;
  value: number;
  unit: string;
  canonical: { value: number; unit: string } | null;
  deadline: string;
}

export interface RegistryCluster {
  id: string;
  systemId: string;
  parentId: string | null;
  name: Bilingual;
  tier: string | null;
  description: string | null;
  designations: RegistryDesignation[];
  catalogue: RegistryCatalogueEntry[];
  targets: RegistryTarget[];
}

export interface RegistrySystem {
  id: string;
  name: Bilingual;
  owner: string;
  region: string;
  additive: boolean;
  illustrative: boolean;
  source: string | null;
  description: string | null;
  clusterCount: number;
  clusters: RegistryCluster[];
}
