import { useQuery } from '@apollo/client/react';
import { NeedStoryDocument, type StoryFieldsFragment } from '@tsunagu/shared/graphql-client';
import { Notice, Stack } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StorySideForm } from './StorySideForm';

/** Where the story stands, in the words of the side reading it. */
function StoryState({ story }: { story: StoryFieldsFragment }) {
  const { t } = useTranslation();
  switch (story.status) {
    case 'PUBLISHED':
      return (
        <Notice tone="info" title={t('stories.form.published')}>
          <Link to={`/stories/${story.id}`} data-testid="story-open">
            {t('stories.form.open')}
          </Link>
        </Notice>
      );
    case 'REFUSED':
      return <Notice tone="warning">{t('stories.form.refused', { reason: story.refusalReason ?? '' })}</Notice>;
    case 'AWAITING_MODERATION':
      return <Notice tone="info">{t('stories.form.bothConsented')}</Notice>;
    case 'DRAFT':
      return <Notice tone="info">{t('stories.form.otherWaiting')}</Notice>;
  }
}

/** On a finished need's page: its two parties each write their side of the good example. */
export function NeedStoryPanel({ needId }: { needId: string }) {
  const { data, refetch } = useQuery(NeedStoryDocument, { variables: { needId } });
  const side = data?.need.viewerStorySide;
  if (!data || !side) return null;
  const story = data.need.story ?? null;
  return (
    <section className="story-panel" data-testid="story-panel">
      <Stack gap="md">
        {story && <StoryState story={story} />}
        <StorySideForm needId={needId} side={side} story={story} onSaved={() => void refetch()} />
      </Stack>
    </section>
  );
}
