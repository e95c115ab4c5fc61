/** PLACEHOLDER (being written): ClusterPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ClusterPage(_props: PageProps) {
  return <h1>ClusterPage</h1>;
}
