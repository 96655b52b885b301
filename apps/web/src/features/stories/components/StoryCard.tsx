import type { StoryFieldsFragment } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDay } from '../../../shared/format-date';

/** One good example in a list: its title, who did it, where, and the start of what happened. */
export function StoryCard({ story, headingLevel = 2 }: { story: StoryFieldsFragment; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const text = story.groupSide.whatHappened ?? story.helperSide.whatHappened ?? '';
  return (
    <article className="story-card" data-testid="story-card">
      <Heading className="story-card__title">
        <Link to={`/stories/${story.id}`} aria-label={t('stories.readStory', { title: story.title })}>
          {story.title}
        </Link>
      </Heading>
      <p className="story-card__byline">
        {t('stories.byline', { group: story.groupName, ward: story.ward, helper: story.helperName })}
      </p>
      <p className="story-card__excerpt">
        {[...text].slice(0, 90).join('')}
        {[...text].length > 90 ? '…' : ''}
      </p>
      {story.publishedAt && (
        <p className="story-card__date">
          {t('stories.publishedOn', { date: formatDay(story.publishedAt, i18n.resolvedLanguage) })}
        </p>
      )}
    </article>
  );
}
