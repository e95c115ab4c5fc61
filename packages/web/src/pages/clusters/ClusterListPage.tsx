/** PLACEHOLDER (being written): ClusterListPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ClusterListPage(_props: PageProps) {
  return <h1>ClusterListPage</h1>;
}
