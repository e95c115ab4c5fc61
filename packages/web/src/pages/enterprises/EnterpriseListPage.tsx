/** PLACEHOLDER (being written): EnterpriseListPage. */
import type { PageProps } from '../../app/routes.ts';

export default function EnterpriseListPage(_props: PageProps) {
  return <h1>EnterpriseListPage</h1>;
}
