import { Button, ButtonLink, Notice } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';
import { RouterAnchor } from '../app/RouterAnchor';
import { useCityOffice } from './city-office';

export interface NoResultsProps {
  /** the words searched, shown back so the reader sees what was looked for */
  query: string;
  /** Takes away every filter (ward, field…); absent when none is chosen. */
  onClearFilters?: () => void;
}

/**
 * Nothing found is never the end: what to try, a button that takes the filters away, and the
 * way on — a need the city's staff will read, or the city office on the phone.
 */
export function NoResults({ query, onClearFilters }: NoResultsProps) {
  const { t } = useTranslation();
  const office = useCityOffice();
  return (
    <div className="search-none" data-testid="search-none">
      <Notice title={query ? t('search.none.titleFor', { query }) : t('search.none.title')}>
        <ul className="search-none__tips">
          <li>{t('search.none.tipWords')}</li>
          <li>{t('search.none.tipKana')}</li>
          {onClearFilters && <li>{t('search.none.tipFilters')}</li>}
        </ul>
        {onClearFilters && (
          <div>
            <Button variant="secondary" onClick={onClearFilters} data-testid="search-none-clear">
              {t('search.none.clear')}
            </Button>
          </div>
        )}
      </Notice>
      <h3 className="search-none__title">{t('search.none.nextTitle')}</h3>
      <p>{t('search.none.nextNeed')}</p>
      <div>
        <ButtonLink href="/needs/new" as={RouterAnchor} data-testid="search-none-write">
          {t('search.none.write')}
        </ButtonLink>
      </div>
      {office && (
        <p data-testid="search-none-office">
          {t('search.none.office', { name: office.name, hours: office.hours })}{' '}
          <a href={office.tel} className="search-none__phone">
            {office.phone}
          </a>
        </p>
      )}
    </div>
  );
}
