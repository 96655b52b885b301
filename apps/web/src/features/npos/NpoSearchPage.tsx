import { useQuery } from '@apollo/client/react';
import { SearchHelpersDocument, SearchNposDocument } from '@tsunagu/shared/graphql-client';
import { Button, Chip, Container, PageHeading, SelectField, Stack } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { NoResults } from '../../shared/NoResults';
import { SearchForm } from '../../shared/SearchForm';
import { SearchResults } from '../../shared/SearchResults';
import { useResultsFocus } from '../../shared/useResultsFocus';
import { activityFieldLabel } from './activity-field-label';
import { type ActiveFilter, ActiveFilters } from './components/ActiveFilters';
import { ChipFilter } from './components/ChipFilter';
import { FilterDisclosure } from './components/FilterDisclosure';
import { KindChips } from './components/KindChips';
import { NpoResultCard } from './components/NpoResultCard';
import { SHOW_MAX, SHOW_STEP, SORTS, useNpoSearchParams } from './hooks/useNpoSearchParams';

const FIELDS_AT_FIRST = 8;
const HEADING_ID = 'npo-results-title';

/** Wide screens have room for the chips beside the results; phones open them on request. */
function wideScreen(): boolean {
  return window.matchMedia?.('(min-width: 48rem)').matches ?? false;
}

/**
 * 「NPOを探す」: one big search box, ward and field chips (folded on a phone), results as cards.
 * With `helpers` (/helpers, 「企業・大学・団体もさがす」) it searches every kind of helper, with kind chips.
 */
export function NpoSearchPage({ helpers = false }: { helpers?: boolean }) {
  const { t, i18n } = useTranslation();
  const title = helpers ? t('helperSearch.title') : t('nav.npos');
  usePageTitle(title);
  const [state, update] = useNpoSearchParams();
  const [text, setText] = useState(state.q);
  // When the address changes (back button, a shared link), the box shows its words again.
  const [shownQ, setShownQ] = useState(state.q);
  if (shownQ !== state.q) {
    setShownQ(state.q);
    setText(state.q);
  }
  const [filtersOpen, setFiltersOpen] = useState(wideScreen);

  const input = {
    query: state.q || null,
    wards: state.wards.length ? state.wards : null,
    fields: state.fields.length ? state.fields : null,
    certifiedOnly: state.certifiedOnly,
    sort: state.sort,
    // 「もっと見る」 asks for a longer first page, so a reload or the back button shows as many.
    page: 1,
    pageSize: state.show,
  };
  const npos = useQuery(SearchNposDocument, { variables: { input }, skip: helpers });
  const everyKind = useQuery(SearchHelpersDocument, {
    variables: { input: { ...input, kinds: state.kinds.length ? state.kinds : null } },
    skip: !helpers,
  });
  const result = helpers
    ? (everyKind.data ?? everyKind.previousData)?.searchHelpers
    : (npos.data ?? npos.previousData)?.searchNpos;
  const { data, loading, error, refetch } = helpers ? everyKind : npos;
  const unavailable = error?.message && !data;
  const { headingRef, focusResultsFor } = useResultsFocus({ q: state.q, settled: !loading && (!!data || !!error) });
  const wardCounts = new Map(result?.facets.wards.map((w) => [w.value, w.count]));
  const fieldCounts = new Map(result?.facets.fields.map((f) => [Number(f.value), f.count]));
  const [allFields, setAllFields] = useState(false);
  const available = Array.from({ length: 20 }, (_, i) => i + 1).filter(
    (f) => (fieldCounts.get(f) ?? 0) > 0 || state.fields.includes(f),
  );
  // On a phone twenty chips are a wall: the most common first, the rest one tap away.
  const common = new Set(
    [...available].sort((a, b) => (fieldCounts.get(b) ?? 0) - (fieldCounts.get(a) ?? 0)).slice(0, FIELDS_AT_FIRST),
  );
  const fieldsToShow = allFields ? available : available.filter((f) => common.has(f) || state.fields.includes(f));
  const fieldLabel = (field: number) => activityFieldLabel(field, i18n.resolvedLanguage);

  const active: ActiveFilter[] = [
    ...state.wards.map((ward) => ({
      id: `ward-${ward}`,
      label: ward,
      onRemove: () => update({ wards: state.wards.filter((w) => w !== ward) }),
    })),
    ...state.fields.map((field) => ({
      id: `field-${field}`,
      label: fieldLabel(field),
      onRemove: () => update({ fields: state.fields.filter((f) => f !== field) }),
    })),
    ...(state.certifiedOnly
      ? [{ id: 'certified', label: t('npos.certifiedOnly'), onRemove: () => update({ certifiedOnly: false }) }]
      : []),
  ];
  const clearFilters = () => update({ wards: [], fields: [], certifiedOnly: false });

  const hits = result?.hits;
  const more = useFocusOnMore(hits?.length ?? 0);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const q = text.trim();
    update({ q });
    focusResultsFor(q);
  };

  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={helpers ? t('helperSearch.lead') : t('npos.lead')}>{title}</PageHeading>

        <SearchForm
          label={helpers ? t('helperSearch.searchLabel') : t('npos.searchLabel')}
          hint={t('npos.keywordHint')}
          value={text}
          onChange={setText}
          onSubmit={submit}
          inputTestId="npo-search-input"
          submitTestId="npo-search-submit"
        />

        {helpers ? (
          <KindChips chosen={state.kinds} onChange={(kinds) => update({ kinds })} />
        ) : (
          <p>
            <Link to={state.q ? `/helpers?q=${encodeURIComponent(state.q)}` : '/helpers'} data-testid="helpers-link">
              {t('helperSearch.fromNpos')}
            </Link>
          </p>
        )}

        <FilterDisclosure open={filtersOpen} onOpenChange={setFiltersOpen} active={active.length}>
          <ChipFilter
            legend={t('npos.wards')}
            values={KITAKYUSHU_WARDS}
            chosen={state.wards}
            onChange={(wards) => update({ wards })}
            labelOf={(ward) => ward}
            countOf={(ward) => wardCounts.get(ward) ?? 0}
            testIdOf={(ward) => `ward-chip-${ward}`}
          />

          <ChipFilter
            legend={t('npos.fields')}
            values={fieldsToShow}
            chosen={state.fields}
            onChange={(fields) => update({ fields })}
            labelOf={fieldLabel}
            countOf={(field) => fieldCounts.get(field) ?? 0}
            testIdOf={(field) => `field-chip-${field}`}
            more={
              fieldsToShow.length < available.length && (
                <Button variant="secondary" onClick={() => setAllFields(true)} data-testid="fields-show-all">
                  {t('npos.allFields', { count: available.length })}
                </Button>
              )
            }
          />

          <div className="npo-search__options">
            <Chip
              label={t('npos.certifiedOnly')}
              selected={state.certifiedOnly}
              onClick={() => update({ certifiedOnly: !state.certifiedOnly })}
              data-testid="certified-chip"
            />
            <SelectField
              id="npo-sort"
              className="npo-search__sort"
              label={t('npos.sort.label')}
              options={SORTS.map((sort) => ({ value: sort, label: t(`npos.sort.${sort}`) }))}
              value={state.sort}
              onChange={(e) => update({ sort: e.target.value as typeof state.sort })}
            />
          </div>

          {result && (
            <div>
              {/* Chosen at the top of a long list: the way back down to what they chose. */}
              <Button
                onClick={() => {
                  if (!wideScreen()) setFiltersOpen(false);
                  focusResultsFor(state.q);
                }}
                data-testid="npo-filters-done"
              >
                {t('npoSearch.showResults', { count: result.total })}
              </Button>
            </div>
          )}
        </FilterDisclosure>

        <SearchResults
          headingId={HEADING_ID}
          headingRef={headingRef}
          loading={loading}
          countTestId="npo-result-count"
          count={result ? t('npos.count', { count: result.total }) : undefined}
          unavailable={!!unavailable}
          onRetry={() => void refetch()}
          total={result?.total}
          empty={<NoResults query={state.q} onClearFilters={active.length ? clearFilters : undefined} />}
          beforeList={<ActiveFilters filters={active} onClearAll={clearFilters} />}
          hits={hits}
          keyOf={(hit) => hit.npo.id}
          pagination={
            result &&
            hits &&
            (result.total > hits.length && hits.length < SHOW_MAX ? (
              <div className="search-more">
                <Button
                  variant="secondary"
                  onClick={() => {
                    more.focusFrom(hits.length);
                    update({ show: state.show + SHOW_STEP });
                  }}
                  data-testid="npo-search-more"
                >
                  {t('npoSearch.more', { count: Math.min(SHOW_STEP, result.total - hits.length) })}
                </Button>
                <p className="search-more__where">
                  {t('npoSearch.shown', { shown: hits.length, total: result.total })}
                </p>
              </div>
            ) : (
              result.total > hits.length && (
                <p className="search-more__where" data-testid="npo-search-capped">
                  {t('npoSearch.capped', { shown: hits.length, total: result.total })}
                </p>
              )
            ))
          }
        >
          {(hit) => <NpoResultCard hit={hit} chosenFields={state.fields} />}
        </SearchResults>
      </Stack>
    </Container>
  );
}

/**
 * After 「もっと見る」 the focus goes to the first card that was not there before, so a keyboard or
 * screen reader user carries on reading where the list grew instead of back at the button.
 */
function useFocusOnMore(count: number) {
  // A ref, not state: it only waits for the list to grow and never changes what is drawn.
  const from = useRef<number | null>(null);
  useEffect(() => {
    const first = from.current;
    if (first === null || count <= first) return;
    from.current = null;
    const links = document.getElementById(HEADING_ID)?.closest('section')?.querySelectorAll('.npo-card__name a');
    (links?.[first] as HTMLElement | undefined)?.focus();
  }, [count]);
  return {
    focusFrom: (index: number) => {
      from.current = index;
    },
  };
}
