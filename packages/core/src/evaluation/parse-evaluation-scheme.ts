/**
 * Reading an evaluation scheme document (parsed YAML or JSON): the schema fills in defaults and reports every
 * shape problem with its path, then the cross-checks run. A scheme with any error is not returned.
 */
import { evaluationSchemeSchema, type EvaluationScheme } from './evaluation-scheme.ts';
import { checkEvaluationScheme, type SchemeIssue } from './check-evaluation-scheme.ts';

export interface ParsedEvaluationScheme {
  scheme: EvaluationScheme | null;
  issues: SchemeIssue[];
}

export function parseEvaluationScheme(document: unknown): ParsedEvaluationScheme {
  const parsed = evaluationSchemeSchema.safeParse(document);
  if (!parsed.success) {
    return {
      scheme: null,
      issues: parsed.error.issues.map((issue) => ({
        severity: 'error',
        path: issue.path.map(String).join('.') || '(root)',
        message: issue.message,
      })),
    };
  }
  const issues = checkEvaluationScheme(parsed.data);
  return { scheme: issues.some((issue) => issue.severity === 'error') ? null : parsed.data, issues };
}

/** The scheme or an error listing every problem (for code that ships its schemes and treats a bad one as a bug). */
export function requireEvaluationScheme(document: unknown): EvaluationScheme {
  const { scheme, issues } = parseEvaluationScheme(document);
  if (scheme === null) {
    const lines = issues.filter((i) => i.severity === 'error').map((i) => `${i.path}: ${i.message}`);
    throw new RangeError(`评价方案无效 (invalid evaluation scheme)\n${lines.join('\n')}`);
  }
  return scheme;
}
