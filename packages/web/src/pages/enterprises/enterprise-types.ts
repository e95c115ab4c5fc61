/** The shapes of GET /api/enterprises and GET /api/enterprises/{uscc} (packages/server/src/http/routes/enterprise.routes.ts). */
export interface EnterpriseSummary {
  uscc: string;
  name: string | null;
  reportingUnit: string;
  usccWarning: string | null;
  year: number | null;
  industryCode: string | null;
  aboveScale: boolean | null;
  inProduction: boolean | null;
}

export interface ClusterAssignment {
  systemId: string;
  year: number;
  industryCode: string | null;
  basis: 'manual' | 'catalogue' | 'needs_review' | 'unassigned';
  clusterId: string | null;
  matchedPrefix: string | null;
  candidates: { clusterId: string; matchedPrefix: string }[];
  override: { by: string; reason: string; at: string } | null;
}

export interface EnterpriseDetail {
  uscc: string;
  name: string | null;
  nameHistory: { name: string; validFrom: string }[];
  reportingUnit: string;
  usccWarning: string | null;
  usccConfirmedBy: string | null;
  years: {
    year: number;
    reportingUnit: string;
    industryCode: string | null;
    aboveScale: boolean | null;
    inProduction: boolean | null;
  }[];
  land: {
    year: number;
    ownMu: number;
    rentedInMu: number;
    rentedOutMu: number;
    netMu: number;
    parcels: {
      certificateNo: string;
      tenure: string;
      areaMu: number;
      counterpartUscc: string | null;
      validFrom: string | null;
      validTo: string | null;
    }[];
  };
  clusters: ClusterAssignment[];
}
