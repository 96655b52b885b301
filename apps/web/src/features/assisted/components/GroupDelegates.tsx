import { useMutation, useQuery } from '@apollo/client/react';
import {
  AddGroupDelegateDocument,
  type DelegateRelation,
  GroupDelegatesDocument,
  RemoveGroupDelegateDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, ChoiceGroup, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkEmail } from '../../accounts/field-checks';
import { ErrorNotice } from '../../../shared/ErrorNotice';
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
  const [email, setEmail] = useState('');
  const [relation, setRelation] = useState<DelegateRelation>('FAMILY');
  const [touched, setTouched] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const emailProblem = checkEmail(t, email);
  const headingId = `delegates-${groupId}`;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    setAdded(null);
    if (emailProblem) return;
    const done = await add({ variables: { input: { groupId, email: email.trim(), relation } } }).catch(() => null);
    if (!done?.data) return;
    const before = new Set(data?.groupDelegates.map((d) => d.userId));
    setAdded(done.data.addGroupDelegate.find((d) => !before.has(d.userId))?.displayName ?? email.trim());
    setEmail('');
    setTouched(false);
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
        <form onSubmit={(e) => void submit(e)} noValidate>
          <Stack gap="sm">
            <TextField
              label={t('assisted.delegates.email')}
              hint={t('form.emailHint')}
              type="email"
              autoComplete="off"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              error={touched ? emailProblem : undefined}
              required
              requiredLabel={t('form.requiredLabel')}
              data-testid="delegate-email"
            />
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
            <div>
              <Button type="submit" disabled={adding.loading} data-testid="add-delegate">
                {t('assisted.delegates.add')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
