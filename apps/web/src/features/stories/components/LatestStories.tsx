import { useQuery } from '@apollo/client/react';
import { StoriesDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../stories.css';

const ON_HOME = 2;

/**
 * The home page's 「好事例」: the newest two as plain links with who did it, and the way to all
 * of them; nothing while there are none. Short on purpose: the home page stays within three
 * phone screens for an officer who came to write a need.
 */
export function LatestStories() {
  const { t } = useTranslation();
  const { data } = useQuery(StoriesDocument, { variables: { first: ON_HOME } });
  const stories = data?.stories ?? [];
  if (stories.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-stories" data-testid="home-stories">
      <h2 id="home-stories">{t('stories.home.title')}</h2>
      <ul className="story-links" role="list">
        {stories.map((story) => (
          <li key={story.id} data-testid="story-card">
            <Link to={`/stories/${story.id}`} aria-label={t('stories.readStory', { title: story.title })}>
              {story.title}
            </Link>
            <span className="story-links__byline">
              {t('stories.byline', { group: story.groupName, ward: story.ward, helper: story.helperName })}
            </span>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/stories">{t('stories.home.all')}</Link>
      </p>
    </section>
  );
}
