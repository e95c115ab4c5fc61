/** PLACEHOLDER (being written): CockpitPage. */
import type { PageProps } from '../../app/routes.ts';

export default function CockpitPage(_props: PageProps) {
  return <h1>CockpitPage</h1>;
}
