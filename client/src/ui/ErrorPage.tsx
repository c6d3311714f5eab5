import type { ReactNode } from 'react';
import { PageHeading } from './Heading';

/** A whole page for a situation the person must understand: what happened and what to do next. */
export function ErrorPage({
  title,
  children,
  action,
}: {
  title: ReactNode;
  children: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="error-page">
      <PageHeading>{title}</PageHeading>
      <div className="error-page__body">{children}</div>
      {action && <div className="error-page__action">{action}</div>}
    </div>
  );
}
