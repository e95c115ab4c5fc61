/** PLACEHOLDER (being written): EnterprisePage. */
import type { PageProps } from '../../app/routes.ts';

export default function EnterprisePage(_props: PageProps) {
  return <h1>EnterprisePage</h1>;
}
