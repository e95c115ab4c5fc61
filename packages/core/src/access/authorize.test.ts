import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { accessSubject, scopeKey, type AccessScope, type AccessSubject } from './access-subject.ts';
import { authorize, type AccessResource } from './authorize.ts';
import { dataScope, inDataScope } from './data-scope.ts';
import { PERMISSION_INFO, PERMISSIONS, type Permission } from './permission.ts';
import { ROLE_DEFINITIONS, ROLES, type Role } from './role.ts';

const FIRM_A = '91330402MA2B000001';
const FIRM_B = '91330481MA2B000002';
const city = accessSubject('a1', 'city_admin', { kind: 'city' });
const analyst = accessSubject('a2', 'city_analyst', { kind: 'city' });
const nanhu = accessSubject('c1', 'county_staff', { kind: 'unit', reportingUnitId: '330402' });
const firm = accessSubject('e1', 'enterprise_user', { kind: 'enterprise', uscc: FIRM_A });
const textiles = accessSubject('o1', 'cluster_org', { kind: 'cluster', systemId: 'wuda', clusterId: 'textile' });
const leader = accessSubject('l1', 'leader', { kind: 'city' });
const auditor = accessSubject('x1', 'auditor', { kind: 'none' });

const inNanhu: AccessResource = { uscc: FIRM_A, reportingUnitId: '330402' };
const inHaining: AccessResource = { uscc: FIRM_B, reportingUnitId: '330481' };

describe('authorize', () => {
  it.each<[string, AccessSubject, Permission, AccessResource, boolean | string]>([
    ['city admin reads any firm', city, 'enterprise.read', inHaining, true],
    ['city admin publishes', city, 'evaluation.publish', {}, true],
    ['analyst may not publish', analyst, 'evaluation.publish', {}, 'permission_missing'],
    ['county reads its own firm', nanhu, 'enterprise.read', inNanhu, true],
    ['county may not read another county’s firm', nanhu, 'enterprise.read', inHaining, 'outside_scope'],
    ['county may not read a firm of unknown unit', nanhu, 'enterprise.read', { uscc: FIRM_A }, 'outside_scope'],
    ['county files an appeal for its firm', nanhu, 'appeal.file', inNanhu, true],
    ['county may not handle a city-wide warning', nanhu, 'warning.handle', { clusterId: 'textile' }, 'outside_scope'],
    ['county handles its own unit’s warning', nanhu, 'warning.handle', { reportingUnitId: '330402' }, true],
    ['county may not import', nanhu, 'import.run', {}, 'permission_missing'],
    ['enterprise reads itself', firm, 'enterprise.read', inNanhu, true],
    ['enterprise may not read another firm', firm, 'enterprise.read', inHaining, 'outside_scope'],
    ['enterprise may not read an unnamed firm', firm, 'enterprise.read', {}, 'outside_scope'],
    ['enterprise appeals for itself', firm, 'appeal.file', inNanhu, true],
    ['enterprise may not read aggregates', firm, 'statistics.read', {}, 'permission_missing'],
    ['cluster org reads its cluster', textiles, 'statistics.read', { systemId: 'wuda', clusterId: 'textile' }, true],
    [
      'cluster org may not read another cluster',
      textiles,
      'index.read',
      { systemId: 'wuda', clusterId: 'chemicals' },
      'outside_scope',
    ],
    ['cluster org never reads firms', textiles, 'enterprise.read', inNanhu, 'permission_missing'],
    ['leader reads aggregates', leader, 'report.read', {}, true],
    ['leader may not read firms', leader, 'enterprise.read', inNanhu, 'permission_missing'],
    ['auditor reads the audit log', auditor, 'audit.read', {}, true],
    ['auditor may not read firms', auditor, 'enterprise.read', inNanhu, 'permission_missing'],
  ])('%s', (_case, subject, permission, resource, expected) => {
    const decision = authorize(subject, permission, resource);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else {
      expect(decision.allowed).toBe(false);
      if (!decision.allowed) {
        expect(decision.code).toBe(expected);
        expect(decision.message.zh).toMatch(/\p{Script=Han}/u);
        expect(decision.message.en).not.toMatch(/\p{Script=Han}/u);
      }
    }
  });

  it('refuses a scope that does not fit the role', () => {
    expect(() => accessSubject('c', 'county_staff', { kind: 'city' })).toThrow(/county_staff.*unit/u);
    expect(() => accessSubject('s', 'system_admin', { kind: 'city' })).toThrow(/none/u);
  });

  it('writes scope keys for the audit trail', () => {
    expect([nanhu, firm, textiles, city].map((s) => scopeKey(s.scope))).toEqual([
      'unit:330402',
      `enterprise:${FIRM_A}`,
      'cluster:wuda/textile',
      'city',
    ]);
  });
});

const units = ['330402', '330411', '330421', '330481', 'jiaxing-etdz'];
const usccs = [FIRM_A, FIRM_B, '91330421MA2B000003', "x' OR '1'='1", ''];
const arbitraryScope = (role: Role): fc.Arbitrary<AccessScope> => {
  switch (ROLE_DEFINITIONS[role].scope) {
    case 'city':
      return fc.constant({ kind: 'city' });
    case 'unit':
      return fc.constantFrom(...units).map((reportingUnitId) => ({ kind: 'unit', reportingUnitId }));
    case 'enterprise':
      return fc.constantFrom(...usccs).map((uscc) => ({ kind: 'enterprise', uscc }));
    case 'cluster':
      return fc
        .constantFrom('textile', 'chemicals')
        .map((clusterId) => ({ kind: 'cluster', systemId: 'wuda', clusterId }));
    case 'none':
      return fc.constant({ kind: 'none' });
  }
};
const arbitrarySubject = fc
  .constantFrom(...ROLES)
  .chain((role) => arbitraryScope(role).map((scope) => accessSubject('p', role, scope)));
const arbitraryRow = fc.record({ uscc: fc.constantFrom(...usccs), reportingUnitId: fc.constantFrom(...units) });

describe('authorize and dataScope agree (property)', () => {
  it('allows an enterprise row exactly when the row is in the subject’s data scope', () => {
    const enterprisePermissions = PERMISSIONS.filter((p) => PERMISSION_INFO[p].enterpriseLevel);
    fc.assert(
      fc.property(
        arbitrarySubject,
        fc.constantFrom(...enterprisePermissions),
        arbitraryRow,
        (subject, permission, row) => {
          const allowed = authorize(subject, permission, row).allowed;
          expect(allowed).toBe(inDataScope(dataScope(subject, permission), row));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('never lets a scoped subject reach a row of another unit or enterprise', () => {
    fc.assert(
      fc.property(arbitrarySubject, fc.constantFrom(...PERMISSIONS), arbitraryRow, (subject, permission, row) => {
        if (!authorize(subject, permission, row).allowed) return;
        const { scope } = subject;
        if (scope.kind === 'unit') expect(row.reportingUnitId).toBe(scope.reportingUnitId);
        if (scope.kind === 'enterprise' && PERMISSION_INFO[permission].enterpriseLevel)
          expect(row.uscc).toBe(scope.uscc);
        if (scope.kind === 'cluster' || scope.kind === 'none')
          expect(PERMISSION_INFO[permission].enterpriseLevel).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});
