/**
 * The one failure of the composite-indicator engine: a framework, data set or definition it cannot work with
 * (an unknown iCode, a geometric mean over a zero, a step naming a stage that does not exist). The message is
 * bilingual, Chinese first; `problems` lists every finding when several were found at once.
 */
export class CompositeError extends Error {
  override name = 'CompositeError';

  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}
