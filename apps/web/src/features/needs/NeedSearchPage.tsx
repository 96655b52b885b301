import { useQuery } from '@apollo/client/react';
import { SearchNeedsDocument } from '@tsunagu/shared/graphql-client';
import { Button, ButtonLink, Container, PageHeading, SelectField, Stack } from '@tsunagu/shared/ui';
import { HELP_KINDS, KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { RouterAnchor } from '../../app/RouterAnchor';
import { usePageTitle } from '../../app/usePageTitle';
import { useMe } from '../accounts/hooks/useMe';
import { NeedCard } from './NeedCard';
import { NoResults } from '../../shared/NoResults';
import { SearchForm } from '../../shared/SearchForm';
import { SearchResults } from '../../shared/SearchResults';
import { useResultsFocus } from '../../shared/useResultsFocus';

const PAGE_SIZE = 20;

type When = '' | 'thisMonth' | 'nextMonth' | 'within3Months';
const WHEN_OPTIONS = ['thisMonth', 'nextMonth', 'within3Months'] as const;

/** A choice in plain words → the date range the API takes (days in Japan). */
function rangeOf(when: When, now = new Date()): { from: string | null; to: string | null } {
  const day = (d: Date) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Tokyo' }).format(d);
  const today = day(now);
  const [y, m] = today.split('-').map(Number);
  const lastOf = (year: number, month: number) => day(new Date(Date.UTC(year, month, 0, 12)));
  switch (when) {
    case 'thisMonth':
      return { from: today, to: lastOf(y, m) };
    case 'nextMonth':
      return { from: day(new Date(Date.UTC(y, m, 1, 12))), to: lastOf(y, m + 1) };
    case 'within3Months':
      return { from: today, to: day(new Date(now.getTime() + 90 * 86_400_000)) };
    case '':
      return { from: null, to: null };
  }
}

/** 「募集を探す」: open needs of verified groups, by words, ward, kind of help and when. */
export function NeedSearchPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('needs.searchTitle'));
  const { me } = useMe();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const ward = params.get('ward') ?? '';
  const kind = params.get('kind') ?? '';
  const when = (WHEN_OPTIONS as readonly string[]).includes(params.get('when') ?? '')
    ? (params.get('when') as When)
    : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
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
    // A new search starts on its first page.
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };

  // refetch only for "try again" after a failed search.
  const { data, previousData, loading, error, refetch } = useQuery(SearchNeedsDocument, {
    variables: {
      input: {
        query: q || null,
        wards: ward ? [ward] : null,
        helpKinds: kind ? [kind] : null,
        ...rangeOf(when),
        page,
        pageSize: PAGE_SIZE,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.searchNeeds;
  const { headingRef, focusResultsFor } = useResultsFocus({ q, settled: !loading && (!!data || !!error) });
  // The lists that narrow the search, each kept in the address (?ward=, ?kind=, ?when=).
  const filters = [
    {
      key: 'ward',
      label: t('needs.ward'),
      value: ward,
      any: t('needs.allWards'),
      options: KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w })),
    },
    {
      key: 'kind',
      label: t('needs.helpKind'),
      value: kind,
      any: t('needs.allKinds'),
      options: HELP_KINDS.map((k) => ({ value: k.id, label: i18n.resolvedLanguage === 'en' ? k.labelEn : k.labelJa })),
    },
    {
      key: 'when',
      label: t('needs.when'),
      value: when,
      any: t('needs.whenAny'),
      options: WHEN_OPTIONS.map((w) => ({ value: w, label: t(`needs.whenOption.${w}`) })),
    },
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const words = text.trim();
    update({ q: words });
    focusResultsFor(words);
  };
  const filtered = !!(ward || kind || when);

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
        <SearchForm
          label={t('needs.searchTitle')}
          hint={t('needs.keywordHint')}
          value={text}
          onChange={setText}
          onSubmit={submit}
          inputTestId="need-search-input"
        />
        <div className="need-filters">
          {filters.map((f) => (
            <SelectField
              key={f.key}
              id={`need-${f.key}`}
              label={f.label}
              value={f.value}
              onChange={(e) => update({ [f.key]: e.target.value })}
              placeholder={f.any}
              options={f.options}
              data-testid={`need-${f.key}-filter`}
            />
          ))}
        </div>

        <SearchResults
          headingId="need-results-title"
          headingRef={headingRef}
          loading={loading}
          countTestId="need-result-count"
          count={result ? t('needs.count', { count: result.total }) : undefined}
          unavailable={!!error && !result}
          onRetry={() => void refetch()}
          total={result?.total}
          empty={
            <NoResults
              query={q}
              onClearFilters={filtered ? () => update({ ward: '', kind: '', when: '' }) : undefined}
            />
          }
          hits={result?.hits}
          keyOf={(need) => need.id}
          pagination={
            result &&
            result.total > PAGE_SIZE && (
              <nav className="button-row" aria-label={t('needs.pages')}>
                {page > 1 && (
                  <Button variant="secondary" onClick={() => update({ page: String(page - 1) })}>
                    {t('needs.prevPage')}
                  </Button>
                )}
                <span>{t('needs.pageOf', { page, pages: Math.ceil(result.total / PAGE_SIZE) })}</span>
                {page * PAGE_SIZE < result.total && (
                  <Button variant="secondary" onClick={() => update({ page: String(page + 1) })}>
                    {t('needs.nextPage')}
                  </Button>
                )}
              </nav>
            )
          }
        >
          {(need) => <NeedCard need={need} />}
        </SearchResults>
      </Stack>
    </Container>
  );
}
