import { useQuery } from '@apollo/client/react';
import { StoriesOfHelperDocument } from '@tsunagu/shared/graphql-client';
import { useTranslation } from 'react-i18next';
import { StoryCard } from './StoryCard';
import '../stories.css';

/** A helper page's 「この団体の好事例」; nothing while it has none. */
export function HelperStories({ helperId }: { helperId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(StoriesOfHelperDocument, { variables: { helperId } });
  const stories = data?.storiesOfHelper ?? [];
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="helper-stories" data-testid="helper-stories">
      <h2 id="helper-stories">{t('stories.helper.title')}</h2>
      <ul className="story-list" role="list">
        {stories.map((story) => (
          <li key={story.id}>
            <StoryCard story={story} headingLevel={3} />
          </li>
        ))}
      </ul>
    </section>
  );
}
