/** PLACEHOLDER (being written): ChainsPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ChainsPage(_props: PageProps) {
  return <h1>ChainsPage</h1>;
}
