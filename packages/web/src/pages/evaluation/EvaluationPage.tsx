/** PLACEHOLDER (being written): EvaluationPage. */
import type { PageProps } from '../../app/routes.ts';

export default function EvaluationPage(_props: PageProps) {
  return <h1>EvaluationPage</h1>;
}
