import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The lists of マイページ: heading id, heading, list test id, what is said when there is none. */
const PARTS = {
  groups: { id: 'me-groups', title: 'me.groups', testId: 'my-groups', none: 'me.noGroups' },
  npos: { id: 'me-npos', title: 'me.npos', testId: 'my-npo-claims', none: 'me.noNpos' },
  helpers: { id: 'me-helpers', title: 'me.helpers', testId: 'my-helpers', none: 'me.noHelpers' },
} as const;

export interface MyListSectionProps<T extends { id: string }> {
  part: keyof typeof PARTS;
  /** Undefined while it loads (said as none, like an empty list). */
  items: readonly T[] | undefined;
  children: (item: T) => ReactNode;
  /** Below the list: what one can do next. */
  after?: ReactNode;
}

/** A part of マイページ listing what is mine (groups, NPOs), or saying there is none yet. */
export function MyListSection<T extends { id: string }>({ part, items, children, after }: MyListSectionProps<T>) {
  const { t } = useTranslation();
  const { id, title, testId, none } = PARTS[part];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {items?.length ? (
        <ul className="plain-list" data-testid={testId}>
          {items.map((item) => (
            <li key={item.id}>{children(item)}</li>
          ))}
        </ul>
      ) : (
        <p>{t(none)}</p>
      )}
      {after}
    </section>
  );
}
