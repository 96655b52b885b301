import { useMutation } from '@apollo/client/react';
import { MyPageDocument, RemoveGroupDelegateDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../../shared/ErrorNotice';
import { ConfirmButton } from './ConfirmButton';

/** For a delegate: stop acting for the group (the officer keeps it; the group leaves my page). */
export function DelegateStepDown({
  groupId,
  groupName,
  userId,
}: {
  groupId: string;
  groupName: string;
  userId: string;
}) {
  const { t } = useTranslation();
  const [remove, { error }] = useMutation(RemoveGroupDelegateDocument, { refetchQueries: [MyPageDocument] });
  return (
    <>
      <ConfirmButton
        label={t('assisted.delegates.stepDown')}
        question={t('assisted.delegates.confirmStepDown', { group: groupName })}
        onConfirm={() => void remove({ variables: { groupId, userId } }).catch(() => null)}
        testId="step-down"
      />
      <ErrorNotice error={error} />
    </>
  );
}
