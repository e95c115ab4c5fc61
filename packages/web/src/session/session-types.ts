/** The signed-in person as GET /api/auth/me describes them. */
import type { Bilingual } from '../i18n/language.tsx';

export type Scope =
  | { kind: 'city' }
  | { kind: 'none' }
  | { kind: 'unit'; reportingUnitId: string }
  | { kind: 'cluster'; systemId: string; clusterId: string }
  | { kind: 'enterprise'; uscc: string };

export interface Me {
  login: string;
  displayName: string;
  role: string;
  roleName: Bilingual;
  scope: Scope;
  permissions: string[];
  mustChangePassword: boolean;
  csrfToken?: string | null;
}
