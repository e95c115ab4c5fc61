/** PLACEHOLDER (being written): AccountsPage. */
import type { PageProps } from '../../app/routes.ts';

export default function AccountsPage(_props: PageProps) {
  return <h1>AccountsPage</h1>;
}
