import { useQuery } from '@apollo/client/react';
import { StoriesDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StoryCard } from './StoryCard';
import '../stories.css';

/** The home page's 「好事例」: the newest three, and the way to all of them; nothing while there are none. */
export function LatestStories() {
  const { t } = useTranslation();
  const { data } = useQuery(StoriesDocument, { variables: { first: 3 } });
  const stories = data?.stories ?? [];
  if (stories.length === 0) return null;
  return (
    <section className="home-section" aria-labelledby="home-stories" data-testid="home-stories">
      <h2 id="home-stories">{t('stories.home.title')}</h2>
      <ul className="story-list" role="list">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} headingLevel={3} />
          </li>
        ))}
      </ul>
      <p>
        <Link to="/stories">{t('stories.home.all')}</Link>
      </p>
    </section>
  );
}
