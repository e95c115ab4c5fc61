/** PLACEHOLDER (being written): AuditPage. */
import type { PageProps } from '../../app/routes.ts';

export default function AuditPage(_props: PageProps) {
  return <h1>AuditPage</h1>;
}
