/** PLACEHOLDER (being written): EvaluationRunPage. */
import type { PageProps } from '../../app/routes.ts';

export default function EvaluationRunPage(_props: PageProps) {
  return <h1>EvaluationRunPage</h1>;
}
