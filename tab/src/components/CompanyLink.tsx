import { Link } from '@fluentui/react-components';
import { hrefs } from '../routing/routes';

export function CompanyLink({ cvr, name }: { cvr: string; name: string | null }) {
  return <Link href={hrefs.company(cvr)}>{name ?? `CVR ${cvr}`}</Link>;
}
