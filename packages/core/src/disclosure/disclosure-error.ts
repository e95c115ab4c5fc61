/**
 * The error disclosure control throws for input it cannot protect soundly (a bad rule, a negative
 * contribution, an unknown category), with a bilingual message and a machine-readable kind. Input
 * problems are never papered over: a table that cannot be protected must not leave the system.
 */

export type DisclosureErrorKind = 'invalid_rules' | 'invalid_table' | 'invalid_contribution' | 'unprotected_table';

export class DisclosureError extends Error {
  override readonly name = 'DisclosureError';
  readonly kind: DisclosureErrorKind;

  constructor(kind: DisclosureErrorKind, message: string) {
    super(message);
    this.kind = kind;
  }
}
