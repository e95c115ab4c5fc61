/** The shapes of the admin and audit APIs (/api/admin/accounts, /api/admin/roles, /api/audit…). */
import type { Bilingual } from '../../i18n/language.tsx';

export interface Account {
  login: string;
  displayName: string;
  role: string;
  roleName: Bilingual;
  scope: string | null;
  secondFactor: boolean;
  disabled: boolean;
  locked: boolean;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
}

export interface RoleInfo {
  role: string;
  name: Bilingual;
  scopeKind: 'city' | 'unit' | 'cluster' | 'enterprise' | 'none';
  secondFactorRequired: boolean;
  separatedAdministrator: boolean;
  permissions: { permission: string; name: Bilingual; enterpriseLevel: boolean; writes: boolean }[];
}

export interface CreatedAccount {
  id: number;
  login: string;
  role: string;
  initialPassword: string;
  totpSecret: string | null;
  totpUri: string | null;
}

export interface AuditEntry {
  sequence: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  origin: string | null;
  details: unknown;
  previousHash: string;
  hash: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export type ChainCheck =
  | { intact: true; entries: number; lastHash: string }
  | {
      intact: false;
      entries: number;
      firstBadSequence: number;
      problem: 'hash_mismatch' | 'broken_link' | 'sequence_gap';
    };
