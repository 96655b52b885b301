import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddGroupDelegateDocument,
  type DelegateRelation,
  GroupDelegatesDocument,
  RemoveGroupDelegateDocument,
} from '@tsunagu/shared/graphql-client';
import { ChoiceGroup, Stack } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { AddPersonByEmailForm } from './AddPersonByEmailForm';
import { ConfirmButton } from './ConfirmButton';

const RELATIONS: DelegateRelation[] = ['FAMILY', 'NEIGHBOUR', 'OTHER'];

/** For a group's officer: the family members and neighbours who may act for the group, added and removed. */
export function GroupDelegates({ groupId, groupName }: { groupId: string; groupName: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(GroupDelegatesDocument, { variables: { groupId } });
  // Both mutations answer with the list as it is now: written over the query's list in the cache.
  const [add, adding] = useMutation(AddGroupDelegateDocument, {
    update: (cache, { data: d }) =>
      d &&
      cache.writeQuery({
        query: GroupDelegatesDocument,
        variables: { groupId },
        data: { groupDelegates: d.addGroupDelegate },
      }),
  });
  const [remove, removing] = useMutation(RemoveGroupDelegateDocument, {
    update: (cache, { data: d }) =>
      d &&
      cache.writeQuery({
        query: GroupDelegatesDocument,
        variables: { groupId },
        data: { groupDelegates: d.removeGroupDelegate },
      }),
  });
  const [relation, setRelation] = useState<DelegateRelation>('FAMILY');
  const [added, setAdded] = useState<string | null>(null);
  const headingId = `delegates-${groupId}`;

  const addDelegate = async (email: string) => {
    setAdded(null);
    const done = await add({ variables: { input: { groupId, email, relation } } }).catch(() => null);
    if (!done?.data) return false;
    const before = new Set(data?.groupDelegates.map((d) => d.userId));
    setAdded(done.data.addGroupDelegate.find((d) => !before.has(d.userId))?.displayName ?? email);
    return true;
  };

  const delegates = data?.groupDelegates ?? [];
  return (
    <section aria-labelledby={headingId} data-testid="group-delegates">
      <Stack gap="sm">
        <h3 id={headingId}>
          {groupName}：{t('assisted.delegates.title')}
        </h3>
        <p>{t('assisted.delegates.lead')}</p>
        {delegates.length === 0 ? (
          <p>{t('assisted.delegates.none')}</p>
        ) : (
          <ul className="plain-list">
            {delegates.map((d) => (
              <li key={d.userId} data-testid="delegate">
                {d.displayName}（{t(`assisted.delegates.relations.${d.relation}`)}）{' '}
                <ConfirmButton
                  label={t('assisted.delegates.remove', { name: d.displayName })}
                  question={t('assisted.delegates.confirmRemove', { name: d.displayName })}
                  onConfirm={() => void remove({ variables: { groupId, userId: d.userId } }).catch(() => null)}
                  testId="remove-delegate"
                />
              </li>
            ))}
          </ul>
        )}
        <ErrorNotice error={removing.error} />
        <p role="status" data-testid="delegate-added">
          {added && t('assisted.delegates.added', { name: added })}
        </p>
        <ErrorNotice error={adding.error} />
        <AddPersonByEmailForm
          emailLabel={t('assisted.delegates.email')}
          submitLabel={t('assisted.delegates.add')}
          busy={adding.loading}
          onAdd={addDelegate}
          emailTestId="delegate-email"
          submitTestId="add-delegate"
        >
          <ChoiceGroup<DelegateRelation>
            type="radio"
            legend={t('assisted.delegates.relation')}
            options={RELATIONS.map((r) => ({
              value: r,
              label: t(`assisted.delegates.relations.${r}`),
              testId: `relation-${r}`,
            }))}
            value={relation}
            onChange={setRelation}
            columns
          />
        </AddPersonByEmailForm>
      </Stack>
    </section>
  );
}
