import { useQuery } from '@apollo/client/react';
import { StoriesDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { StoryCard } from './components/StoryCard';
import './stories.css';

/** 「好事例」: published good examples, newest first, found by words (kept in the address, to share). */
export function StoriesPage() {
  const { t } = useTranslation();
  usePageTitle(t('stories.title'));
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const [typed, setTyped] = useState(query);
  const { data, loading, error } = useQuery(StoriesDocument, { variables: { query: query || null, first: 50 } });
  const search = (e: FormEvent) => {
    e.preventDefault();
    setParams(typed.trim() ? { q: typed.trim() } : {});
  };
  const stories = data?.stories ?? [];
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('stories.lead')}>{t('stories.title')}</PageHeading>
        <form role="search" onSubmit={search} className="stories-search" data-testid="stories-search">
          <TextField
            id="stories-query"
            label={t('stories.searchLabel')}
            hint={t('stories.searchHint')}
            value={typed}
            maxLength={200}
            onChange={(e) => setTyped(e.target.value)}
            data-testid="stories-query"
          />
          <div>
            <Button type="submit">{t('stories.search')}</Button>
          </div>
        </form>
        {loading && !data && <p role="status">{t('stories.loading')}</p>}
        {error && !data && <Notice tone="error">{t('stories.failed')}</Notice>}
        {data && stories.length === 0 && (
          <p role="status">{query ? t('stories.noneFound', { query }) : t('stories.none')}</p>
        )}
        {stories.length > 0 && (
          <ul className="story-list" role="list" data-testid="stories-list">
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} />
              </li>
            ))}
          </ul>
        )}
      </Stack>
    </Container>
  );
}
