/** PLACEHOLDER (being written): ChainPage. */
import type { PageProps } from '../../app/routes.ts';

export default function ChainPage(_props: PageProps) {
  return <h1>ChainPage</h1>;
}
