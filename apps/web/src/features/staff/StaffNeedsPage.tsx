import { useQuery } from '@apollo/client/react';
import { StaffNeedsDocument } from '@tsunagu/shared/graphql-client';
import { Button, Container, PageHeading, SelectField, Stack, Tag } from '@tsunagu/shared/ui';
import { useState } from 'react';
import { KITAKYUSHU_WARDS } from '@tsunagu/shared/util';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/usePageTitle';
import { errorMessage } from '../accounts/field-checks';
import { NeedCard } from '../needs/NeedCard';
import { StaffOnlyPage } from './components/StaffOnlyPage';
import { Checkbox } from '../../shared/Checkbox';

/**
 * Staff: every need of the city (hidden ones too), to see where needs go unmet and to find
 * posts to moderate; the same list as a CSV for the office's spreadsheets.
 */
const PAGE = 30;

export function StaffNeedsPage() {
  const { t } = useTranslation();
  // A year of needs is hundreds of cards: the newest first, the rest on request (the CSV has all).
  const [shown, setShown] = useState(PAGE);
  usePageTitle(t('staffNeeds.title'));
  const [params, setParams] = useSearchParams();
  const ward = params.get('ward') ?? '';
  const unansweredOnly = params.get('unanswered') === '1';
  const { data, loading, error } = useQuery(StaffNeedsDocument, {
    variables: { ward: ward || null, unansweredOnly },
    fetchPolicy: 'cache-and-network',
  });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setShown(PAGE);
    setParams(next);
  };
  const csvHref = `/api/staff/needs.csv?${new URLSearchParams({
    ...(ward ? { ward } : {}),
    ...(unansweredOnly ? { unansweredOnly: 'true' } : {}),
  }).toString()}`;

  if (error && !data) {
    return <StaffOnlyPage title={t('staffNeeds.title')} reason={errorMessage(error, t('staffImport.forbiddenBody'))} />;
  }
  const needs = data?.staffNeeds ?? [];
  return (
    <Container className="page">
      <Stack gap="lg">
        <PageHeading lead={t('staffNeeds.lead')}>{t('staffNeeds.title')}</PageHeading>
        <div className="need-filters">
          <SelectField
            id="staff-needs-ward"
            label={t('needs.ward')}
            placeholder={t('needs.allWards')}
            options={KITAKYUSHU_WARDS.map((w) => ({ value: w, label: w }))}
            value={ward}
            onChange={(e) => set('ward', e.target.value)}
          />
          <Checkbox
            label={t('staffNeeds.unansweredOnly')}
            checked={unansweredOnly}
            onChange={(checked) => set('unanswered', checked ? '1' : '')}
            testId="staff-needs-unanswered"
          />
        </div>
        <p>
          <a href={csvHref} download data-testid="staff-needs-csv">
            {t('staffNeeds.csv')}
          </a>
        </p>
        <p role="status" aria-live="polite" data-testid="staff-needs-count">
          {loading && !data ? t('npos.searching') : t('needs.count', { count: needs.length })}
        </p>
        <ul className="npo-results" role="list">
          {needs.slice(0, shown).map((need) => (
            <li key={need.id}>
              <NeedCard need={need} />
              <p className="staff-needs__meta">
                {t('staffNeeds.offers', { count: need.offerCount })}
                {need.hidden && (
                  <>
                    {' '}
                    <Tag tone="warning">{t('staffNeeds.hidden')}</Tag>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
        {needs.length > shown && (
          <div>
            <Button
              type="button"
              variant="secondary"
              onClick={() => setShown(shown + PAGE)}
              data-testid="staff-needs-more"
            >
              {t('staffNeeds.more', { count: Math.min(PAGE, needs.length - shown), left: needs.length - shown })}
            </Button>
          </div>
        )}
      </Stack>
    </Container>
  );
}
