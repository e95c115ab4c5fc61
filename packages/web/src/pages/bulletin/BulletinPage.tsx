/** PLACEHOLDER (being written): BulletinPage. */
import type { PageProps } from '../../app/routes.ts';

export default function BulletinPage(_props: PageProps) {
  return <h1>BulletinPage</h1>;
}
