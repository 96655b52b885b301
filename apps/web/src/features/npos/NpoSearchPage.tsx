import { useQuery } from '@apollo/client/react';
import { SearchNposDocument } from '@tsunagu/shared/graphql-client';
import { Button, Chip, Container, PageHeading, SelectField, Stack } from '@tsunagu/shared/ui';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { activityFieldLabel } from './activity-field-label';
import { ChipFilter } from './components/ChipFilter';
import { NpoResultCard } from './components/NpoResultCard';
import { SORTS, useNpoSearchParams } from './hooks/useNpoSearchParams';
import { SearchForm } from '../../shared/SearchForm';
import { SearchResults } from '../../shared/SearchResults';

const PAGE_SIZE = 20;
const FIELDS_AT_FIRST = 8;

/** 「NPOを探す」: one big search box, ward and field chips with counts, results as cards. */
export function NpoSearchPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('nav.npos'));
  const [state, update] = useNpoSearchParams();
  const [text, setText] = useState(state.q);
  // When the address changes (back button, a shared link), the box shows its words again.
  const [shownQ, setShownQ] = useState(state.q);
  if (shownQ !== state.q) {
    setShownQ(state.q);
    setText(state.q);
  }

  const { data, previousData, loading, error, refetch } = useQuery(SearchNposDocument, {
    variables: {
      input: {
        query: state.q || null,
        wards: state.wards.length ? state.wards : null,
        fields: state.fields.length ? state.fields : null,
        certifiedOnly: state.certifiedOnly,
        sort: state.sort,
        page: state.page,
        pageSize: PAGE_SIZE,
      },
    },
  });
  const result = (data ?? previousData)?.searchNpos;
  const unavailable = error?.message && !data;
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
  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('npos.lead')}>{t('nav.npos')}</PageHeading>

        <SearchForm
          label={t('npos.searchLabel')}
          hint={t('npos.keywordHint')}
          value={text}
          onChange={setText}
          onSubmit={submit}
          inputTestId="npo-search-input"
          submitTestId="npo-search-submit"
        />

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
          labelOf={(field) => activityFieldLabel(field, i18n.resolvedLanguage)}
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

        <SearchResults
          headingId="npo-results-title"
          loading={loading}
          countTestId="npo-result-count"
          count={result ? t('npos.count', { count: result.total }) : undefined}
          unavailable={!!unavailable}
          onRetry={() => void refetch()}
          total={result?.total}
          emptyBody={t('npos.emptyBody')}
          hits={result?.hits}
          keyOf={(hit) => hit.npo.id}
          pagination={
            result &&
            pages > 1 && (
              <nav className="pagination" aria-label={t('npos.pagination')}>
                <Button
                  variant="secondary"
                  disabled={state.page <= 1}
                  onClick={() => update({ page: state.page - 1 })}
                  data-testid="pagination-prev"
                >
                  {t('npos.prev')}
                </Button>
                <span className="pagination__where">{t('npos.pageOf', { page: state.page, pages })}</span>
                <Button
                  variant="secondary"
                  disabled={state.page >= pages}
                  onClick={() => update({ page: state.page + 1 })}
                  data-testid="pagination-next"
                >
                  {t('npos.next')}
                </Button>
              </nav>
            )
          }
        >
          {(hit) => <NpoResultCard hit={hit} />}
        </SearchResults>
      </Stack>
    </Container>
  );
}
