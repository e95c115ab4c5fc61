/** PLACEHOLDER (being written): WarningsPage. */
import type { PageProps } from '../../app/routes.ts';

export default function WarningsPage(_props: PageProps) {
  return <h1>WarningsPage</h1>;
}
