import type { ReactNode } from 'react';

export interface PageHeadingProps {
  children: ReactNode;
  /** A short paragraph under the heading that says what the page is for. */
  lead?: ReactNode;
}

/** The one `<h1>` of a page, with an optional lead paragraph. */
export function PageHeading({ children, lead }: PageHeadingProps) {
  return (
    <div className="ui-page-heading">
      <h1 className="ui-page-heading__title">{children}</h1>
      {lead && <p className="ui-page-heading__lead">{lead}</p>}
    </div>
  );
}
