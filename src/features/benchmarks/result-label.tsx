import { Link, routes } from '@/routing';

/** A result's label, linked to the option's page when the result names a knowledge-base option. */
export function ResultLabel({ label, option }: { label: string; option?: string }) {
  return option === undefined ? <>{label}</> : <Link to={routes.option(option)}>{label}</Link>;
}
