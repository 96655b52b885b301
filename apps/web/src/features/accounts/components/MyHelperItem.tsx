import type { MyPageQuery } from '@tsunagu/shared/graphql-client';
import { Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { helperKindLabel } from '../../../shared/helper-kind';

type Helper = MyPageQuery['myHelpers'][number];

/**
 * A company, university group or other organisation I look after, on マイページ: its state, and
 * the next step (write the profile once public; where the answer comes from while it waits or
 * after a refusal), so a registration never just disappears.
 */
export function MyHelperItem({ helper }: { helper: Helper }) {
  const { t } = useTranslation();
  const tone = helper.status === 'ACTIVE' ? 'success' : 'warning';
  return (
    <>
      <Link to={`/npos/${helper.id}`}>{helper.name}</Link>（{helperKindLabel(helper.kind, t)}）{' '}
      <Tag tone={tone}>{t(`me.helperStatus.${helper.status}`)}</Tag>
      {helper.status === 'ACTIVE' && (
        <>
          {' '}
          <Link to={`/npos/${helper.id}/edit`}>{t('me.editHelper')}</Link>
        </>
      )}
      {helper.status === 'PENDING_REVIEW' && <p>{t('me.helperPendingNext')}</p>}
      {helper.status === 'REFUSED' && (
        <p>
          <Link to="/notifications">{t('me.helperRefusedNext')}</Link>
        </p>
      )}
    </>
  );
}
