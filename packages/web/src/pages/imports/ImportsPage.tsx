/** PLACEHOLDER (being written): ImportsPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ImportsPage(_props: PageProps) {
  return <h1>ImportsPage</h1>;
}
