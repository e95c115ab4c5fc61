/** The shapes GET /api/platforms and /api/platforms/promotion-organisations answer (platforms.routes.ts). */
import type { Bilingual } from '../../i18n/language.tsx';

export type PlatformKind =
  | 'industrialisation_demo_base'
  | 'characteristic_park'
  | 'small_micro_park'
  | 'manufacturing_innovation_centre'
  | 'industrial_design_base'
  | 'industrial_internet_platform'
  | 'innovation_complex';
export type PlatformLevel = 'national' | 'provincial' | 'municipal';
export type PlatformStatus = 'cultivating' | 'recognised' | 'reviewed' | 'delisted';

export interface Platform {
  id: number;
  name: string;
  kind: PlatformKind;
  kindName: Bilingual;
  level: PlatformLevel;
  reportingUnitId: string;
  systemId: string | null;
  clusterId: string | null;
  clusterText: string | null;
  recognisedDate: string | null;
  document: string | null;
  status: PlatformStatus | null;
  statusDate: string | null;
  history: { status: PlatformStatus; date: string; document: string | null; note: string | null; recordedBy: string }[];
  note: string | null;
}

export interface PlatformCount {
  kind: PlatformKind;
  level: PlatformLevel;
  reportingUnitId: string;
  inForce: number;
  cultivating: number;
  delisted: number;
}

export interface PlatformList {
  platforms: Platform[];
  counts: PlatformCount[];
}

export interface PromotionOrganisation {
  clusterId: string;
  clusterName: Bilingual;
  organisation: {
    name: string;
    type: string;
    typeName: Bilingual;
    contactRole: string;
    officePhone: string | null;
    foundedDate: string | null;
  } | null;
}

export interface ReportingUnit {
  id: string;
  name: Bilingual;
}
