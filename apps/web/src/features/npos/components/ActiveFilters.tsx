import { Button } from '@tsunagu/shared/ui';
import { useTranslation } from 'react-i18next';

export interface ActiveFilter {
  /** stable, for React and the test id */
  id: string;
  label: string;
  onRemove: () => void;
}

/**
 * The filters in use, just above the results, each with its own ✕: the reader sees why the list
 * is short and can widen it without opening the filters again.
 */
export function ActiveFilters({ filters, onClearAll }: { filters: readonly ActiveFilter[]; onClearAll: () => void }) {
  const { t } = useTranslation();
  if (filters.length === 0) return null;
  return (
    <div className="search-active">
      <p className="search-active__label" id="search-active-label">
        {t('npoSearch.activeLabel')}
      </p>
      <ul className="search-active__list" role="list" aria-labelledby="search-active-label">
        {filters.map((filter) => (
          <li key={filter.id}>
            <button
              type="button"
              className="search-active__chip"
              onClick={filter.onRemove}
              aria-label={t('npoSearch.remove', { label: filter.label })}
              data-testid={`active-filter-${filter.id}`}
            >
              <span>{filter.label}</span>
              <span className="search-active__x" aria-hidden="true">
                ✕
              </span>
            </button>
          </li>
        ))}
        {filters.length > 1 && (
          <li>
            <Button variant="secondary" className="search-active__all" onClick={onClearAll} data-testid="filters-clear">
              {t('npoSearch.clearAll')}
            </Button>
          </li>
        )}
      </ul>
    </div>
  );
}
