/** Accounts' roles, permissions and scopes, the one authorisation policy, password rules and the audit hash chain. */
export * from './permission.ts';
export * from './role.ts';
export * from './access-subject.ts';
export * from './authorize.ts';
export * from './data-scope.ts';
export * from './password-policy.ts';
export * from './audit-chain.ts';
