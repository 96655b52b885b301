import type { MyPageQuery } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { DelegateStepDown } from './DelegateStepDown';
import { GroupDelegates } from './GroupDelegates';

type MyGroup = MyPageQuery['myCommunityGroups'][number];

/**
 * The assisted-mode part of a group on マイページ: its officer manages who may act for it; a
 * delegate sees whom they act for and can step down. Centre and city staff act from their desk.
 */
export function MyGroupProxyPart({ group, myUserId }: { group: MyGroup; myUserId: string }) {
  const { t } = useTranslation();
  const actsAs = group.viewerActsAs;
  if (!actsAs) return <GroupDelegates groupId={group.id} groupName={group.name} />;
  if (actsAs.kind !== 'DELEGATE') return null;
  return (
    <>
      <Tag tone="primary" data-testid="acts-for">
        {group.representativeName
          ? t('assisted.delegates.actsFor', { name: group.representativeName })
          : t('assisted.delegates.actsForGroup')}
      </Tag>
      <div className="button-row">
        <DelegateStepDown groupId={group.id} groupName={group.name} userId={myUserId} />
      </div>
    </>
  );
}
