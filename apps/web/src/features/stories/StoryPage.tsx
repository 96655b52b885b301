import { useQuery } from '@apollo/client/react';
import { StoryDocument, type StoryFieldsFragment } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, Tag } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { BackLink } from '../../shared/BackLink';
import { formatDay } from '../../shared/format-date';
import { useMe } from '../accounts/hooks/useMe';
import { StaffTakeDown } from './components/StaffTakeDown';
import './stories.css';

type Side = StoryFieldsFragment['groupSide'];

function SideText({ heading, name, side, testId }: { heading: string; name: string; side: Side; testId: string }) {
  const { t } = useTranslation();
  if (!side.whatHappened) return null;
  return (
    <section className="story-side" data-testid={testId}>
      <h2>{heading}</h2>
      {side.photoUrl && <img className="story-photo" src={side.photoUrl} alt={t('stories.photoAlt', { name })} />}
      <h3>{t('stories.whatHappened')}</h3>
      <p className="story-side__text">{side.whatHappened}</p>
      {side.whatItTook && (
        <>
          <h3>{t('stories.whatItTook')}</h3>
          <p className="story-side__text">{side.whatItTook}</p>
        </>
      )}
    </section>
  );
}

/** One good example, both sides, printable on one A4 sheet for the circular or a notice board. */
export function StoryPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { data, loading, error } = useQuery(StoryDocument, { variables: { id } });
  const { me } = useMe();
  const staff = me?.role === 'STAFF' || me?.role === 'ADMIN';
  const story = data?.story;
  usePageTitle(story?.title ?? t('stories.title'));
  if (loading && !story) return <p className="page">{t('stories.loading')}</p>;
  if (!story) {
    return (
      <Container width="narrow" className="page">
        <Stack gap="lg">
          <PageHeading>{t('stories.notFoundTitle')}</PageHeading>
          <Notice tone="warning">{error ? t('stories.notFoundBody') : t('stories.notFoundBody')}</Notice>
          <BackLink href="/stories">{t('stories.backToList')}</BackLink>
        </Stack>
      </Container>
    );
  }
  return (
    <Container width="narrow" className="page story-page">
      <Stack gap="lg">
        <div>
          <p className="story-page__kind">{t('stories.title')}</p>
          <PageHeading>{story.title}</PageHeading>
          <p className="story-card__byline" data-testid="story-byline">
            {t('stories.byline', { group: story.groupName, ward: story.ward, helper: story.helperName })}
          </p>
          {story.status !== 'PUBLISHED' ? (
            <Tag tone="warning">{t(`stories.status.${story.status}`)}</Tag>
          ) : (
            story.publishedAt && (
              <p>{t('stories.publishedOn', { date: formatDay(story.publishedAt, i18n.resolvedLanguage) })}</p>
            )
          )}
        </div>
        <div className="story-page__sides">
          <SideText
            heading={t('stories.groupSide', { name: story.groupName })}
            name={story.groupName}
            side={story.groupSide}
            testId="story-group-side"
          />
          <SideText
            heading={t('stories.helperSide', { name: story.helperName })}
            name={story.helperName}
            side={story.helperSide}
            testId="story-helper-side"
          />
        </div>
        <div className="story-page__print no-print">
          <p>{t('stories.printHint')}</p>
          <Button type="button" variant="secondary" onClick={() => window.print()} data-testid="story-print">
            {t('stories.print')}
          </Button>
        </div>
        {staff && story.status === 'PUBLISHED' && <StaffTakeDown storyId={story.id} />}
        <div className="no-print">
          <BackLink href="/stories">{t('stories.backToList')}</BackLink>
        </div>
      </Stack>
    </Container>
  );
}
