import type { ReactNode } from 'react';
import type { LinkComponent } from './link-component';

export interface LinkCardProps {
  href: string;
  title: ReactNode;
  /** One or two sentences under the title. */
  children?: ReactNode;
  headingLevel?: 2 | 3 | 4;
  as?: LinkComponent;
  'data-testid'?: string;
}

/**
 * A card whose heading is the link; the link's hit area is stretched over the whole card, so
 * screen readers hear a short link name and everyone else can tap anywhere on the card.
 */
export function LinkCard({
  href,
  title,
  children,
  headingLevel = 3,
  as: Link = 'a',
  'data-testid': testId,
}: LinkCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="ui-link-card" data-testid={testId}>
      <Heading className="ui-link-card__title">
        <Link href={href} className="ui-link-card__link">
          {title}
        </Link>
      </Heading>
      {children && <p className="ui-link-card__description">{children}</p>}
      <span className="ui-link-card__arrow" aria-hidden="true" />
    </div>
  );
}
