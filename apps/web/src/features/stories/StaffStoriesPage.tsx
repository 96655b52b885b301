import { useMutation, useQuery } from '@apollo/client/react';
import {
  ModerateStoryDocument,
  type StoryFieldsFragment,
  StoriesToModerateDocument,
} from '@tsunagu/shared/graphql-client';
import { Button, Container, PageHeading, Stack, TextArea } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TryAgainNotice } from '../../app/TryAgainNotice';
import { usePageTitle } from '../../app/usePageTitle';
import { StaffOnlyPage } from '../staff/components/StaffOnlyPage';
import './stories.css';

/** One story waiting: both sides to read, then publish, or refuse with a reason the parties read. */
function ModerationCard({ story, onDecided }: { story: StoryFieldsFragment; onDecided: (text: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [moderate, { loading, error }] = useMutation(ModerateStoryDocument);
  const decide = (publish: boolean) => {
    if (!publish && reason.trim() === '') {
      setMissing(true);
      return;
    }
    void moderate({ variables: { id: story.id, publish, reason: publish ? null : reason.trim() } }).then(
      (r) =>
        r.data && onDecided(t(publish ? 'stories.staff.published' : 'stories.staff.refused', { title: story.title })),
      () => undefined,
    );
  };
  const sides = [
    { name: story.groupName, side: story.groupSide },
    { name: story.helperName, side: story.helperSide },
  ];
  return (
    <article className="story-card" data-testid="story-moderation-card">
      <Stack gap="sm">
        <h2 className="story-card__title">{story.title}</h2>
        <p className="story-card__byline">
          {t('stories.byline', { group: story.groupName, ward: story.ward, helper: story.helperName })}
        </p>
        {sides.map(({ name, side }) => (
          <section key={name} className="story-side">
            <h3>{t('stories.groupSide', { name })}</h3>
            {side.photoUrl && <img className="story-photo" src={side.photoUrl} alt={t('stories.photoAlt', { name })} />}
            <p className="story-side__text">{side.whatHappened}</p>
            {side.whatItTook && <p className="story-side__text">{side.whatItTook}</p>}
          </section>
        ))}
        <TextArea
          id={`story-reason-${story.id}`}
          label={t('stories.staff.reason')}
          hint={t('stories.staff.reasonHint')}
          value={reason}
          rows={3}
          maxLength={500}
          error={missing ? t('stories.staff.reasonRequired') : undefined}
          onChange={(e) => {
            setMissing(false);
            setReason(e.target.value);
          }}
          data-testid="story-reason"
        />
        <TryAgainNotice error={error} />
        <div className="story-actions">
          <Button
            type="button"
            disabled={loading}
            onClick={() => decide(true)}
            aria-label={t('stories.staff.publishStory', { title: story.title })}
            data-testid="story-publish"
          >
            {t('stories.staff.publish')}
          </Button>{' '}
          <Button
            type="button"
            variant="secondary"
            disabled={loading}
            onClick={() => decide(false)}
            aria-label={t('stories.staff.refuseStory', { title: story.title })}
            data-testid="story-refuse"
          >
            {t('stories.staff.refuse')}
          </Button>
        </div>
      </Stack>
    </article>
  );
}

/** Staff: good examples both parties consented to, oldest first; each published or refused. */
export function StaffStoriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('stories.staff.title'));
  const { data, error, refetch } = useQuery(StoriesToModerateDocument);
  const [done, setDone] = useState('');
  if (error && !data) return <StaffOnlyPage title={t('stories.staff.title')} reason={error.message} />;
  const stories = data?.storiesToModerate ?? [];
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('stories.staff.lead')}>{t('stories.staff.title')}</PageHeading>
        <p role="status" aria-live="polite" data-testid="story-decided">
          {done}
        </p>
        {data && stories.length === 0 && <p>{t('stories.staff.none')}</p>}
        <ul className="story-list" role="list">
          {stories.map((story) => (
            <li key={story.id}>
              <ModerationCard
                story={story}
                onDecided={(text) => {
                  setDone(text);
                  void refetch();
                }}
              />
            </li>
          ))}
        </ul>
      </Stack>
    </Container>
  );
}
