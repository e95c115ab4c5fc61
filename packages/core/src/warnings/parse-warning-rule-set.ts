/** Reads a warning rule-set document (parsed YAML): every shape problem with its path, or the rules. */
import { warningRuleSetSchema, type WarningRule } from './warning-rule.ts';

export interface RuleSetIssue {
  path: string;
  message: string;
}

export function parseWarningRuleSet(document: unknown): { rules: WarningRule[] | null; issues: RuleSetIssue[] } {
  const parsed = warningRuleSetSchema.safeParse(document);
  if (parsed.success) return { rules: parsed.data.rules, issues: [] };
  return {
    rules: null,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.') || '(root)',
      message: issue.message,
    })),
  };
}
