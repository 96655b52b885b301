import type { ReactNode } from 'react';
import type { LinkComponent } from './link-component';

export interface UnavailableNoticeProps {
  title: ReactNode;
  /** Why it is not available, or when it will be. */
  children?: ReactNode;
  /** The next step: somewhere the person can go instead. */
  nextHref?: string;
  nextLabel?: ReactNode;
  /** The component that renders the link, e.g. a router link taking `href`. */
  as?: LinkComponent;
  testId?: string;
}

/** A feature or a record that cannot be used now, and where to go next. Announced politely. */
export function UnavailableNotice({
  title,
  children,
  nextHref,
  nextLabel,
  as: Link = 'a',
  testId,
}: UnavailableNoticeProps) {
  return (
    <div className="ui-notice ui-notice--warning" role="status" data-testid={testId}>
      <p className="ui-notice__title">{title}</p>
      {(children || (nextHref && nextLabel)) && (
        <div className="ui-notice__body">
          {children}
          {nextHref && nextLabel && (
            <p className="ui-unavailable__next">
              <Link href={nextHref}>{nextLabel}</Link>
            </p>
          )}
        </div>
      )}
    </div>
  );
}
