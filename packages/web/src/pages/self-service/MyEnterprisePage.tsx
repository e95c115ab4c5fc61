/** PLACEHOLDER (being written): MyEnterprisePage. */
import type { PageProps } from '../../app/routes.ts';

export default function MyEnterprisePage(_props: PageProps) {
  return <h1>MyEnterprisePage</h1>;
}
