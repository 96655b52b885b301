import { useQuery } from '@apollo/client/react';
import { SearchNeedsDocument } from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, Notice, PageHeading, Stack, TextField } from '@tsunagu/shared/ui';
import { HELP_KINDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/use-me';
import { NeedCard } from './NeedCard';

/** 「募集を探す」: open needs of verified groups, by words, ward and kind of help. */
export function NeedSearchPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('needs.searchTitle'));
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const ward = params.get('ward') ?? '';
  const kind = params.get('kind') ?? '';
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (shownQ !== q) {
    setShownQ(q);
    setText(q);
  }
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  };

  const { data, previousData, loading, error, refetch } = useQuery(SearchNeedsDocument, {
    variables: {
      input: {
        query: q || null,
        wards: ward ? [ward] : null,
        helpKinds: kind ? [kind] : null,
        page: 1,
        pageSize: 50,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.searchNeeds;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('needs.searchLead')}>{t('needs.searchTitle')}</PageHeading>
        {me && (
          <div>
            <ButtonLink href="/needs/new" as={RouterAnchor} variant="secondary" data-testid="needs-write">
              {t('nav.needsNew')}
            </ButtonLink>
          </div>
        )}
        <form role="search" className="npo-search__form" onSubmit={submit} aria-label={t('needs.searchTitle')}>
          <TextField
            type="search"
            label={t('npos.keyword')}
            hint={t('needs.keywordHint')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            enterKeyHint="search"
            data-testid="need-search-input"
          />
          <Button type="submit">{t('npos.search')}</Button>
        </form>
        <div className="need-filters">
          <div className="ui-field">
            <label className="ui-field__label" htmlFor="need-ward">
              {t('needs.ward')}
            </label>
            <select
              id="need-ward"
              className="ui-field__input"
              value={ward}
              onChange={(e) => update({ ward: e.target.value })}
              data-testid="need-ward-filter"
            >
              <option value="">{t('needs.allWards')}</option>
              {KITAKYUSHU_WARDS.map((w) => (
                <option key={w} value={w}>
                  {w}
                </option>
              ))}
            </select>
          </div>
          <div className="ui-field">
            <label className="ui-field__label" htmlFor="need-kind">
              {t('needs.helpKind')}
            </label>
            <select
              id="need-kind"
              className="ui-field__input"
              value={kind}
              onChange={(e) => update({ kind: e.target.value })}
              data-testid="need-kind-filter"
            >
              <option value="">{t('needs.allKinds')}</option>
              {HELP_KINDS.map((k) => (
                <option key={k.id} value={k.id}>
                  {i18n.resolvedLanguage === 'en' ? k.labelEn : k.labelJa}
                </option>
              ))}
            </select>
          </div>
        </div>

        <section aria-labelledby="need-results-title" aria-busy={loading}>
          <h2 id="need-results-title" className="ui-visually-hidden">
            {t('npos.results')}
          </h2>
          <p className="npo-search__count" role="status" aria-live="polite" data-testid="need-result-count">
            {error && !result ? '' : result ? t('needs.count', { count: result.total }) : t('npos.searching')}
          </p>
          {error && !result && (
            <Notice tone="warning" title={t('npos.unavailableTitle')}>
              <Stack gap="sm">
                <p>{t('npos.unavailableBody')}</p>
                <div>
                  <Button variant="secondary" onClick={() => void refetch()}>
                    {t('npos.retry')}
                  </Button>
                </div>
              </Stack>
            </Notice>
          )}
          {result && result.total === 0 && <Notice title={t('npos.emptyTitle')}>{t('needs.emptyBody')}</Notice>}
          {result && result.hits.length > 0 && (
            <ul className="npo-results" role="list">
              {result.hits.map((need) => (
                <li key={need.id}>
                  <NeedCard need={need} />
                </li>
              ))}
            </ul>
          )}
        </section>
      </Stack>
    </Container>
  );
}
