/** PLACEHOLDER (being written): ImportBatchPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ImportBatchPage(_props: PageProps) {
  return <h1>ImportBatchPage</h1>;
}
