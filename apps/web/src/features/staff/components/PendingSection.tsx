import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DecisionButtons } from './DecisionButtons';

/** The kinds of request that wait for staff on the desk: heading id, heading, list test id, button names. */
const KINDS = {
  groups: {
    id: 'staff-groups',
    title: 'staff.groups',
    testId: 'pending-groups',
    approve: 'staff.approveGroup',
    refuse: 'staff.refuseGroup',
  },
  claims: {
    id: 'staff-claims',
    title: 'staff.claims',
    testId: 'pending-claims',
    approve: 'staff.approveClaim',
    refuse: 'staff.refuseClaim',
  },
} as const;

export interface PendingSectionProps<T extends { id: string }> {
  kind: keyof typeof KINDS;
  /** What waits for a decision; undefined while it loads. */
  items: readonly T[] | undefined;
  /** Who or what is decided on, for the buttons' names. */
  nameOf: (item: T) => string;
  decide: (item: T, approve: boolean) => Promise<unknown>;
  children: (item: T) => ReactNode;
}

/** One kind of request waiting for staff on the desk, one item each with its decision buttons. */
export function PendingSection<T extends { id: string }>({
  kind,
  items,
  nameOf,
  decide,
  children,
}: PendingSectionProps<T>) {
  const { t } = useTranslation();
  const { id, title, testId, approve, refuse } = KINDS[kind];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      {items?.length === 0 && <p>{t('staff.none')}</p>}
      <ul className="plain-list" data-testid={testId}>
        {items?.map((item) => (
          <li key={item.id} className="staff-item">
            {children(item)}
            <DecisionButtons
              approveLabel={t(approve, { name: nameOf(item) })}
              refuseLabel={t(refuse, { name: nameOf(item) })}
              decide={(approved) => decide(item, approved)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
