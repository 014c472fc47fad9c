import { Link, routes } from '@/routing';
import { format, useMessages } from '@/ui';
import { optionMessages } from './messages';

export function NotFound({ id }: { id: string }) {
  const t = useMessages(optionMessages);
  return (
    <div className="panel">
      <h1>{format(t.notFound, { id })}</h1>
      <p>
        {t.notFoundHint} <Link to={routes.about()}>{t.aboutLink}</Link>.
      </p>
    </div>
  );
}
