/** PLACEHOLDER (being written): EnterpriseExplanationPage. */
import type { PageProps } from '../../app/routes.ts';

export default function EnterpriseExplanationPage(_props: PageProps) {
  return <h1>EnterpriseExplanationPage</h1>;
}
